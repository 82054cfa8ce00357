#!/usr/bin/env bash
# Rebuild the embedded lexicon gazetteers/polner.fst from the sources in gazetteers/sources/.
#   1. generate inflected forms with Morfeusz 2 / SGJP (Python) into target/lexicon/*.tsv
#   2. compile them into the fst with the crate's own compiler (`polner compile-lexicon`)
#   3. rebuild the crate so it embeds the new file
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
python3 -c 'import morfeusz2' 2>/dev/null || python3 -m pip install --quiet morfeusz2==1.99.15
python3 gazetteers/build/build_lexicon.py --out target/lexicon
python3 gazetteers/build/check_lexicon.py --dir target/lexicon
cargo run --release --quiet --bin polner -- compile-lexicon gazetteers/polner.fst target/lexicon/*.tsv
cargo build --release
