#!/usr/bin/env bash
# Runs every benchmark (bench/suites/*) in turn; each prints its own ratios
# against a peer measured in the same run.
set -u
cd "$(dirname "$0")/.."
for b in bench/suites/*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b"
done
