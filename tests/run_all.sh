#!/usr/bin/env bash
# Runs every test suite (tests/suites/*) and tallies their results.
# A suite is an executable that prints one line per test:
#   PASS <name>          FAIL <name>: <why>          SKIP <name>: <why>
# and anything else it likes (shown as is).  The last line printed here is
# "N passed, N failed" (", N skipped" when any were skipped).
#
# KVM: suites that need /dev/kvm fail with a clear message when it is
# missing, unless PLINTH_SKIP_KVM=1 asks to skip them.
set -u
cd "$(dirname "$0")/.."
log=$(mktemp); trap 'rm -f "$log"' EXIT
status=0
for suite in tests/suites/*; do
    [ -x "$suite" ] || continue
    echo "== $(basename "$suite")"
    "$suite" 2>&1 | tee -a "$log"
    rc=${PIPESTATUS[0]}
    if [ "$rc" -ne 0 ] && ! grep -q "^FAIL $(basename "$suite")" "$log"; then
        echo "FAIL $(basename "$suite"): suite exited with $rc" | tee -a "$log"
    fi
done
passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^SKIP ' "$log")
if [ "$failed" -gt 0 ]; then
    echo; echo "Failures:"; grep '^FAIL ' "$log" | head -50
    status=1
fi
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit $status
