#!/usr/bin/env bash
# The core's own Java programs (tests/jvm/java): stdout, exit code and the
# first line of stderr under build/plinth-jvm against java.
cd "$(dirname "$0")/../.." || exit 1
jvm=build/plinth-jvm
d=build/tests/jvm/programs
mkdir -p "$d"
if ! javac -nowarn -d "$d" tests/jvm/java/*.java 2>"$d/javac.log"; then
    echo "FAIL jvm-unit/programs: javac failed"; head -5 "$d/javac.log"; exit 1
fi
status=0
for src in tests/jvm/java/*.java; do
    name=$(basename "$src" .java)
    java -cp "$d" "$name" >"$d/$name.jout" 2>"$d/$name.jerr"; jc=$?
    "$jvm" -cp "$d" "$name" >"$d/$name.pout" 2>"$d/$name.perr"; pc=$?
    if [ $jc -ne $pc ]; then
        echo "FAIL jvm-unit/java-$name: exit code $pc, java gives $jc ($(head -1 "$d/$name.perr"))"; status=1
    elif ! cmp -s "$d/$name.jout" "$d/$name.pout"; then
        echo "FAIL jvm-unit/java-$name: stdout differs (diff $d/$name.jout $d/$name.pout)"; status=1
    elif [ "$(head -1 "$d/$name.jerr")" != "$(head -1 "$d/$name.perr")" ]; then
        echo "FAIL jvm-unit/java-$name: stderr '$(head -1 "$d/$name.perr")', java gives '$(head -1 "$d/$name.jerr")'"; status=1
    else
        echo "PASS jvm-unit/java-$name"
    fi
done
exit $status
