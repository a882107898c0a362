#!/usr/bin/env bash
# make run: compiles examples/Demo.java and runs it in a partition with
# `plinth run`, then the same program under `java` for comparison.
set -eu
cd "$(dirname "$0")/.."
out=build/examples
mkdir -p "$out"
javac -d "$out" examples/Demo.java
plinth=${PLINTH:-build/plinth}
if [ ! -e /dev/kvm ]; then
    echo "plinth: /dev/kvm is missing: partitions need KVM; running hosted instead" >&2
    set -- --hosted
else
    set --
fi
echo "\$ printf 'a\\nb\\nc\\n' | plinth run --env GREETING=hi -cp $out Demo one two"
printf 'a\nb\nc\n' | "$plinth" run "$@" --stats --env GREETING=hi -cp "$out" Demo one two
echo
echo "The same under java:"
start=$(date +%s%N)
printf 'a\nb\nc\n' | GREETING=hi java -cp "$out" Demo one two | tail -1
echo "java's whole run: $(( ($(date +%s%N) - start) / 1000000 )) ms"
