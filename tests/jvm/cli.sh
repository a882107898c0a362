#!/usr/bin/env bash
# The hosted command line against java's: exit code and first stderr line
# for bad flags, a missing main class, a class without main, and good runs.
cd "$(dirname "$0")/../.." || exit 1
jvm=build/plinth-jvm
if [ ! -x "$jvm" ]; then echo "FAIL jvm-unit/cli: $jvm is not built"; exit 1; fi
d=build/tests/jvm/cli
mkdir -p "$d"
cat > "$d/NoMain.java" <<'J'
public class NoMain { static void helper() { } }
J
cat > "$d/Echo.java" <<'J'
public class Echo { public static void main(String[] a) { System.out.println(a.length + " " + System.getProperty("k") + " " + (a.length > 0 ? a[0] : "")); } }
J
cat > "$d/Exit.java" <<'J'
public class Exit { public static void main(String[] a) { System.out.println("bye"); System.exit(Integer.parseInt(a[0])); } }
J
javac -d "$d" "$d"/*.java || { echo "FAIL jvm-unit/cli: javac failed"; exit 1; }
status=0
run() {  # name, args...
    local name=$1; shift
    java "$@" >"$d/j.out" 2>"$d/j.err"; local jc=$?
    "$jvm" "$@" >"$d/p.out" 2>"$d/p.err"; local pc=$?
    local je pe
    je=$(head -1 "$d/j.err"); pe=$(head -1 "$d/p.err")
    if [ $jc -ne $pc ]; then
        echo "FAIL jvm-unit/cli-$name: exit code $pc, java gives $jc"; status=1
    elif [ "$je" != "$pe" ]; then
        echo "FAIL jvm-unit/cli-$name: stderr '$pe', java gives '$je'"; status=1
    elif ! cmp -s "$d/j.out" "$d/p.out"; then
        echo "FAIL jvm-unit/cli-$name: stdout differs"; status=1
    else
        echo "PASS jvm-unit/cli-$name"
    fi
}
run bad-flag -Xbogus -cp "$d" Echo
run bad-xx -XX:+Bogus -cp "$d" Echo
run bad-xmx -Xmxlots -cp "$d" Echo
run no-class -cp "$d" Nope
run no-main -cp "$d" NoMain
run args -cp "$d" -Dk=v Echo one two
run classpath-long --class-path "$d" Echo x
run dotted-name -cp "$d" Echo.x
run exit-code -cp "$d" Exit 7
# -version: java's words are its own; ours must only exit 0 and say so on stderr.
if "$jvm" -version 2>&1 >/dev/null | grep -q plinth; then echo "PASS jvm-unit/cli-version"
else echo "FAIL jvm-unit/cli-version: -version printed nothing on stderr"; status=1; fi
exit $status
