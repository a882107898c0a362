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
# A class whose main pushes forever (iconst_0; goto back): a VerifyError
# from the link-time stack check, never a crash.
python3 - "$d" <<'PY'
import struct, sys
def utf(s): return b"\x01" + struct.pack(">H", len(s)) + s.encode()
cp = [utf("Spin"), b"\x07\x00\x01", utf("java/lang/Object"), b"\x07\x00\x03", utf("main"),
      utf("([Ljava/lang/String;)V"), utf("Code")]
code = bytes([0x03, 0xa7, 0xff, 0xff])
body = struct.pack(">HHI", 1, 1, len(code)) + code + struct.pack(">HH", 0, 0)
m = struct.pack(">HHHH", 0x0009, 5, 6, 1) + struct.pack(">HI", 7, len(body)) + body
cls = (struct.pack(">IHHH", 0xCAFEBABE, 0, 52, len(cp) + 1) + b"".join(cp) +
       struct.pack(">HHHHHH", 0x21, 2, 4, 0, 0, 1) + m + struct.pack(">H", 0))
open(sys.argv[1] + "/Spin.class", "wb").write(cls)
PY
"$jvm" -cp "$d" Spin >"$d/p.out" 2>"$d/p.err"; rc=$?
java -cp "$d" Spin >/dev/null 2>"$d/j.err"
if [ $rc -eq 1 ] && grep -q VerifyError "$d/p.err" && [ "$(head -1 "$d/p.err")" = "$(head -1 "$d/j.err")" ]; then
    echo "PASS jvm-unit/cli-stack-check"
else echo "FAIL jvm-unit/cli-stack-check: exit $rc, stderr '$(head -1 "$d/p.err")'"; status=1; fi
# -version: java's words are its own; ours must only exit 0 and say so on stderr.
if "$jvm" -version 2>&1 >/dev/null | grep -q plinth; then echo "PASS jvm-unit/cli-version"
else echo "FAIL jvm-unit/cli-version: -version printed nothing on stderr"; status=1; fi
exit $status
