#!/usr/bin/env bash
# Runs every fuzz target in turn (never in parallel) for SECONDS each.
#   Fuzz/run-all.sh SECONDS
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: $0 SECONDS}
status=0
for target in normalizer tokenizer extractor numbers utf8; do
    echo "=== $target ($seconds s)" >&2
    ./run.sh "$target" "$seconds" || { echo "=== $target FAILED" >&2; status=1; }
done
exit $status
