#!/usr/bin/env bash
# Rebuild the embedded lexicon gazetteers/polner.fst from the sources in gazetteers/sources/.
#   1. generate inflected forms with Morfeusz 2 / SGJP (Python) into target/lexicon/*.tsv
#   2. compile them into the fst with the crate's own compiler (`polner compile-lexicon`)
#   3. sort the ordinary-words list
#   4. rebuild the crate so it embeds the new files
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
python3 -c 'import morfeusz2' 2>/dev/null || python3 -m pip install --quiet morfeusz2==1.99.15
python3 gazetteers/build/build_lexicon.py --out target/lexicon
python3 gazetteers/build/check_lexicon.py --dir target/lexicon
cargo run --release --quiet --bin polner -- compile-lexicon gazetteers/polner.fst target/lexicon/*.tsv
# ordinary word forms, byte-sorted for binary search (src/lexicon/ordinary.rs)
LC_ALL=C sort -u gazetteers/sources/freq-pl-opensubtitles/common_words_ranked.txt | grep -v '^$' >gazetteers/ordinary-words.txt
cargo build --release
