#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer + AddressSanitizer and runs it for a bounded time.
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]
# TARGET: normalizer | tokenizer | extractor | numbers | utf8. Extra flags go to libFuzzer, e.g.
# `-jobs=1`, `-seed=1`, or a crash file to reproduce it: Fuzz/run.sh utf8 0 artifacts/crash-...
# New inputs are added to Fuzz/.corpus/TARGET (not committed); the committed seeds in
# Fuzz/Corpus/TARGET are read but never written. Crashes go to Fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"

if [[ $# -lt 2 ]]; then
    echo "usage: $0 normalizer|tokenizer|extractor|numbers|utf8 SECONDS [libFuzzer flags...]" >&2
    exit 64
fi
target=$1 seconds=$2
shift 2
case $target in
    normalizer) product=FuzzNormalizer ;;
    tokenizer) product=FuzzTokenizer ;;
    extractor) product=FuzzExtractor ;;
    numbers) product=FuzzNumbers ;;
    utf8) product=FuzzUTF8 ;;
    *) echo "unknown target '$target'" >&2; exit 64 ;;
esac

# Release by default: about 10x the executions of a debug build, and the library has no
# assert() that -O would drop (preconditions, bounds and overflow checks stay on). FUZZ_CONFIG=debug
# for a debug build.
config=${FUZZ_CONFIG:-release}
# SwiftPM does not notice files added to the path dependency (the library) until this manifest
# changes; a stale source list fails with "cannot find type ... in scope".
touch Package.swift
swift build -c "$config" --product "$product" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g \
    -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -v "Cannot export local symbol" >&2
bin=$(swift build -c "$config" --show-bin-path)/$product

mkdir -p ".corpus/$target" "artifacts/$target"
# A crash file given as the only extra argument: run it once instead of fuzzing.
if [[ $# -eq 1 && -f $1 ]]; then
    exec "$bin" -rss_limit_mb=2048 "$1"
fi
# The Swift runtime's own crash backtracer gets in the way of ASan's report.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
export ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=1:malloc_context_size=10}
exec "$bin" \
    -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=20 \
    -print_final_stats=1 -artifact_prefix="artifacts/$target/" "$@" \
    ".corpus/$target" "Corpus/$target"
