#!/usr/bin/env bash
# Run the fuzz targets one after another on one core each (the machine is shared).
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags. No sanitizer (the
# crate forbids unsafe; -s none triples the speed) but debug assertions on, so overflow and
# Span::new's start <= end check fire.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract tokenize jsonl_line)
for t in "${targets[@]}"; do
    echo "== $t: ${secs}s"
    RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a -s none "$t" -- \
        -jobs=1 -workers=1 -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 >"fuzz-$t.out" 2>&1 || true
    # With -jobs=1 libFuzzer logs to fuzz-0.log.
    cat fuzz-0.log 2>/dev/null >>"fuzz-$t.out" || true
    grep -E "^(Done|stat::)|panicked|ERROR|SUMMARY|Test unit written" "fuzz-$t.out" || true
done
