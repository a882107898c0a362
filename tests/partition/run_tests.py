#!/usr/bin/env python3
"""The `plinth run` suite: Java programs in partitions, checked against
OpenJDK 17 (`java`) wherever java defines the behaviour, and against
plinth's own documented contract (docs/partition.md) where it does not:
environment, jars that are damaged, usage errors, --timeout.

Prints one line per test (PASS/FAIL/SKIP).  PLINTH=path replaces
build/plinth (e.g. an ASan build).
"""
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "tests", "partition", "java")
B = os.path.join(ROOT, "build")
WORK = os.path.join(B, "tests", "partition")
PLINTH = os.path.abspath(os.environ.get("PLINTH") or os.path.join(B, "plinth"))
# The sanitizer build, for hostile input (damaged jars).
PLINTH_ASAN = os.path.abspath(os.environ.get("PLINTH_ASAN") or os.path.join(B, "asan", "plinth"))
CLS = os.path.join(WORK, "classes")
JAVA_FLAGS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"]
LIMIT = 60


def env_clean(extra=None):
    env = {k: v for k, v in os.environ.items()
           if k not in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH")}
    env["LC_ALL"] = "C.UTF-8"
    env.update(extra or {})
    return env


def run(cmd, data=None, stdin=None, env=None, cwd=None):
    """(exit code, stdout bytes, stderr bytes)."""
    if data is not None:
        stdin = subprocess.PIPE
    elif stdin is None:
        stdin = subprocess.DEVNULL
    p = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env or env_clean(), cwd=cwd, start_new_session=True)
    try:
        o, e = p.communicate(data, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        p.communicate()
        return None, b"", b"(no result within %d s)" % LIMIT
    return p.returncode, o, e


def plinth(*args, **kw):
    return run([PLINTH, "run"] + list(args), **kw)


def java(*args, **kw):
    return run(["java"] + JAVA_FLAGS + list(args), **kw)


def first(b):
    return b.decode("utf-8", "replace").split("\n", 1)[0]


def same(got, exp, stderr_first=True):
    """None if plinth's result matches java's, else why not."""
    if got[0] is None:
        return "hung: " + first(got[2])
    if got[1] != exp[1]:
        return "stdout %r, java's %r (stderr %r)" % (got[1][:200], exp[1][:200], first(got[2]))
    if stderr_first and first(got[2]) != first(exp[2]):
        return "stderr first line %r, java's %r" % (first(got[2]), first(exp[2]))
    if got[0] != exp[0]:
        return "exit code %d, java's %d (stderr %r)" % (got[0], exp[0], first(got[2]))
    return None


def expect(got, code, out=None, err_has=None):
    """None if plinth exited with `code`, printed `out` and said `err_has`."""
    if got[0] is None:
        return "hung: " + first(got[2])
    if got[0] != code:
        return "exit code %d, expected %d (stderr %r)" % (got[0], code, first(got[2]))
    if out is not None and got[1] != out:
        return "stdout %r, expected %r" % (got[1][:200], out[:200])
    if err_has is not None and err_has not in got[2].decode("utf-8", "replace"):
        return "stderr %r lacks %r" % (got[2].decode("utf-8", "replace")[:300], err_has)
    return None


# ---- building the programs and jars -------------------------------------

def javac(dst, srcs, cp=None):
    os.makedirs(dst, exist_ok=True)
    cmd = ["javac", "-encoding", "UTF-8", "-nowarn", "-d", dst] + (["-cp", cp] if cp else []) + srcs
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env_clean())
    if r.returncode:
        raise RuntimeError("javac failed: " + r.stdout.decode()[:500])


def walk_classes(d):
    for dp, _, fs in os.walk(d):
        for f in sorted(fs):
            if f.endswith(".class"):
                p = os.path.join(dp, f)
                yield p, os.path.relpath(p, d)


def make_jar(path, classes_dir, manifest=None, stored=()):
    with zipfile.ZipFile(path, "w") as z:
        if manifest is not None:
            z.writestr("META-INF/MANIFEST.MF", manifest, zipfile.ZIP_DEFLATED)
        for p, rel in walk_classes(classes_dir):
            how = zipfile.ZIP_STORED if rel in stored else zipfile.ZIP_DEFLATED
            z.write(p, rel, how)


def build():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    javac(CLS, sorted(os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".java")))
    j = lambda *p: os.path.join(WORK, *p)
    javac(j("lib"), [os.path.join(SRC, "lib", "Helper.java")])
    javac(j("app"), [os.path.join(SRC, "app", "com", "example", "App.java")], cp=j("lib"))
    javac(j("v1"), [os.path.join(SRC, "v1", "Which.java")], cp=j("lib"))
    javac(j("v2"), [os.path.join(SRC, "v2", "Which.java")])
    evil = os.path.join(SRC, "..", "evil")
    r = subprocess.run(["javac", "-nowarn", "--patch-module", "java.base=" + evil, "-d", j("evil"),
                        os.path.join(evil, "java", "evil", "Bad.java")],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env_clean())
    if r.returncode:
        raise RuntimeError("javac failed: " + r.stdout.decode()[:500])
    javac(j("evil"), [os.path.join(evil, "UseEvil.java")], cp=j("evil"))
    make_jar(j("lib.jar"), j("lib"))
    # A manifest with a continuation line, as the jar tool writes long ones.
    make_jar(j("app.jar"), j("app"),
             "Manifest-Version: 1.0\r\nCreated-By: plinth tests\r\nMain-Cl\r\n ass: com.ex\r\n ample.App\r\n"
             "Class-Path: lib.jar missing.jar\r\n\r\n".replace("Main-Cl\r\n ass", "Main-Class"),
             stored=("com/example/App.class",))
    make_jar(j("nomain.jar"), j("app"), "Manifest-Version: 1.0\n\n")
    make_jar(j("app-only.jar"), j("app"))
    # Damaged copies of app.jar.
    data = open(j("app.jar"), "rb").read()
    with zipfile.ZipFile(j("app.jar")) as z:
        info = z.getinfo("com/example/App.class")
    hdr = info.header_offset
    name_len = int.from_bytes(data[hdr + 26:hdr + 28], "little")
    extra_len = int.from_bytes(data[hdr + 28:hdr + 30], "little")
    at = hdr + 30 + name_len + extra_len + 40   # inside the class bytes
    bad = bytearray(data)
    bad[at] ^= 0x5a
    open(j("crc.jar"), "wb").write(bytes(bad))
    open(j("truncated.jar"), "wb").write(data[: len(data) // 2])
    open(j("text.jar"), "wb").write(b"this is not a zip file\n" * 10)


# ---- the tests ------------------------------------------------------------

def W(*p):
    return os.path.join(WORK, *p)


def stdin_bytes(n):
    """Deterministic bytes of every value, with newlines now and then."""
    out, x = bytearray(), 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


def t_args():
    a = ("a", "b c", "", "ünï")
    return same(plinth("-cp", CLS, "PArgs", *a), java("-cp", CLS, "PArgs", *a))


def t_exit_code():
    return same(plinth("-cp", CLS, "PArgs", "7", "x"), java("-cp", CLS, "PArgs", "7", "x"))


def t_uncaught():
    return same(plinth("-cp", CLS, "PThrow", "x"), java("-cp", CLS, "PThrow", "x"))


def t_no_main_class():
    return same(plinth("-cp", CLS, "NoSuchMain"), java("-cp", CLS, "NoSuchMain"))


def t_default_cp_is_cwd():
    return same(plinth("PArgs", "here", cwd=CLS), java("PArgs", "here", cwd=CLS))


def t_properties():
    keys = ["prop:os.name", "prop:line.separator", "prop:file.separator", "prop:path.separator",
            "prop:java.specification.version", "prop:java.class.path", "prop:k", "prop:empty",
            "prop:no.such.property"]
    return same(plinth("-cp", CLS, "-Dk=v=w", "-Dempty=", "PProps", *keys),
                java("-cp", CLS, "-Dk=v=w", "-Dempty=", "PProps", *keys))


def t_properties_present():
    keys = ["java.version", "java.vendor", "user.dir", "user.home", "java.io.tmpdir"]
    got = plinth("-cp", CLS, "PProps", *["prop:" + k for k in keys])
    if got[0] != 0:
        return "exit %s: %r" % (got[0], first(got[2]))
    for line in got[1].decode().splitlines():
        if line.endswith("=null") or line.endswith("="):
            return "property missing: " + line
    return None


def t_env_empty():
    # The host's environment never leaks in.
    got = plinth("-cp", CLS, "PProps", "env:HOME", "env:PATH", "env:PLINTH_T1",
                 env=env_clean({"HOME": "/root", "PATH": "/usr/bin", "PLINTH_T1": "one"}))
    return expect(got, 0, b"env:HOME=null\nenv:PATH=null\nenv:PLINTH_T1=null\n")


def t_env_given():
    got = plinth("--env", "FOO=bar baz", "--env=EMPTY=", "-cp", CLS, "PProps", "env:FOO", "env:EMPTY",
                 "env:HOME")
    return expect(got, 0, b"env:FOO=bar baz\nenv:EMPTY=\nenv:HOME=null\n")


def t_env_inherit():
    got = plinth("--env-inherit", "--env", "PLINTH_T2=two", "-cp", CLS, "PProps",
                 "env:PLINTH_T1", "env:PLINTH_T2", env=env_clean({"PLINTH_T1": "one"}))
    return expect(got, 0, b"env:PLINTH_T1=one\nenv:PLINTH_T2=two\n")


def t_oom_caught():
    return same(plinth("-Xmx16m", "-cp", CLS, "POom", "catch"),
                java("-Xmx16m", "-cp", CLS, "POom", "catch"))


def t_oom_uncaught():
    got = plinth("-Xmx16m", "-cp", CLS, "POom")
    exp = java("-Xmx16m", "-cp", CLS, "POom")
    prefix = 'Exception in thread "main" java.lang.OutOfMemoryError'
    if not first(exp[2]).startswith(prefix):
        return "java itself said %r" % first(exp[2])
    return expect(got, exp[0], exp[1], prefix)


def t_heap_gives_memory_back():
    # 96 MiB written and let go: after the collections the heap discards
    # its free pages, so the partition ends holding far less (pages still
    # mapped at exit, --stats), and the pages it takes again read zero.
    got = plinth("--stats", "-Xmx256m", "-cp", CLS, "PShrink")
    why = same(got, java("-Xmx256m", "-cp", CLS, "PShrink"), stderr_first=False)
    if why:
        return why
    err = got[2].decode("utf-8", "replace")
    m = re.search(r"pages touched (\d+)", err)
    d = re.search(r"DISCARD (\d+)", err)
    if not m or not d:
        return "no --stats figures in %r" % err[:300]
    if int(d.group(1)) < 1 or int(m.group(1)) * 4096 > 48 << 20:
        return "%s pages still touched after 96 MiB let go, %s DISCARD calls" % (
            m.group(1), d.group(1))
    return None


def t_java_package_refused():
    # An application class in a java package: a SecurityException where it
    # is used, and the launcher's JNI error for a main class, as java; in a
    # partition and hosted.
    for mode in ((), ("--hosted",)):
        for main in ("UseEvil", "java.evil.Bad"):
            why = same(plinth(*mode, "-cp", W("evil"), main), java("-cp", W("evil"), main))
            if why:
                return "%s %s: %s" % (" ".join(mode), main, why)
    return None


def t_xmx_separate_value():
    return same(plinth("-Xmx", "16m", "-cp", CLS, "POom", "catch"),
                java("-Xmx16m", "-cp", CLS, "POom", "catch"))


def t_timeout_spinning():
    return expect(plinth("--timeout", "1", "-cp", CLS, "PSpin"), 124, b"started\n", "timeout")


def t_timeout_sleeping():
    return expect(plinth("--timeout", "0.5", "-cp", CLS, "PSpin", "sleep"), 124, b"started\n", "timeout")


def t_stdin_file():
    data = stdin_bytes(300000)   # several times the input ring
    path = W("stdin.bin")
    with open(path, "wb") as f:
        f.write(data)
    with open(path, "rb") as a, open(path, "rb") as b:
        got = plinth("-cp", CLS, "PCat", stdin=a)
        exp = java("-cp", CLS, "PCat", stdin=b)
    if got[1] != data:
        return "stdout is %d bytes, not the %d of stdin" % (len(got[1]), len(data))
    return same(got, exp)


def t_stdin_pipe():
    data = stdin_bytes(200000)
    got = plinth("-cp", CLS, "PCat", "1000", data=data)
    if got[1] != data:
        return "stdout is %d bytes, not the %d of stdin" % (len(got[1]), len(data))
    return same(got, java("-cp", CLS, "PCat", "1000", data=data))


def t_stdin_lines():
    data = "first line\nsecond, longer line\n\nünïcödé\nno newline at the end".encode()
    return same(plinth("-cp", CLS, "PLines", data=data), java("-cp", CLS, "PLines", data=data))


def t_stdin_empty():
    return same(plinth("-cp", CLS, "PLines"), java("-cp", CLS, "PLines"))


def t_stdin_slow_writer():
    # Input that arrives while the program waits for it.
    cmd = "for i in 1 2 3; do echo line $i; sleep 0.2; done | %s -cp %s PLines"
    got = run(["sh", "-c", cmd % (PLINTH + " run", CLS)])
    exp = run(["sh", "-c", cmd % (" ".join(["java"] + JAVA_FLAGS), CLS)])
    return same(got, exp)


def stdin_held_open(cmd):
    """Run cmd with a pipe for stdin that stays open with no data until the
    program's first line of output has come; then give it one line and
    close.  (exit code, stdout, stderr, that first line or None)."""
    import select
    r, w = os.pipe()
    p = subprocess.Popen(cmd, stdin=r, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env_clean(), start_new_session=True)
    os.close(r)
    buf, end = b"", time.monotonic() + LIMIT
    while b"\n" not in buf and time.monotonic() < end:
        if select.select([p.stdout], [], [], max(0.0, end - time.monotonic()))[0]:
            chunk = os.read(p.stdout.fileno(), 4096)
            if not chunk:
                break
            buf += chunk
    before = buf.split(b"\n", 1)[0] if b"\n" in buf else None
    try:
        os.write(w, b"typed after the first line\n")
    except BrokenPipeError:
        pass
    os.close(w)
    try:
        o, e = p.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        p.communicate()
        return None, buf, b"(no result within %d s)" % LIMIT, before
    return p.returncode, buf + o, e, before


def t_stdin_reader_parks():
    # One thread reads stdin, which is open but empty, while another works:
    # the worker's line must come out before any input is given (a reader
    # that blocked the whole VM would hold it back until the limit).
    d = W("stdin-threads")
    javac(d, [os.path.join(ROOT, "tests", "java", "HardenStdinThreads.java")])
    got = stdin_held_open([PLINTH, "run", "-cp", d, "HardenStdinThreads"])
    exp = stdin_held_open(["java"] + JAVA_FLAGS + ["-cp", d, "HardenStdinThreads"])
    if exp[3] is None:
        return "java printed no line before its input: %r" % exp[1][:200]
    if got[3] != exp[3]:
        return "before any input plinth printed %r, java %r" % (got[3], exp[3])
    return same(got[:3], exp[:3])


def t_jar_manifest():
    return same(plinth("-jar", W("app.jar"), "x", "-y"), java("-jar", W("app.jar"), "x", "-y"))


def t_jar_on_class_path():
    cp = W("app-only.jar") + ":" + W("lib.jar")
    return same(plinth("-cp", cp, "com.example.App"), java("-cp", cp, "com.example.App"))


def t_jar_and_directory():
    cp = W("lib") + ":" + W("app-only.jar")
    return same(plinth("-cp", cp, "com/example/App"), java("-cp", cp, "com.example.App"))


def t_jar_wildcard():
    d = W("jars")
    os.makedirs(d, exist_ok=True)
    for j in ("app-only.jar", "lib.jar"):
        shutil.copyfile(W(j), os.path.join(d, j))
    cp = d + "/*"
    return same(plinth("-cp", cp, "com.example.App"), java("-cp", cp, "com.example.App"))


def t_usage_no_main_class():
    return expect(plinth(), 125, b"", "no main class given")


def t_class_path_order():
    for cp in (W("v1") + ":" + W("v2") + ":" + W("lib.jar"), W("v2") + ":" + W("v1")):
        why = same(plinth("-cp", cp, "Which"), java("-cp", cp, "Which"))
        if why:
            return cp + ": " + why
    return None


def t_java_class_path_of_jar():
    # -jar's class path is the jar, as java says.
    got = plinth("-cp", CLS, "PProps", "prop:java.class.path")
    return expect(got, 0, ("prop:java.class.path=%s\n" % CLS).encode())


def t_jar_corrupt_crc():
    return expect(plinth("-jar", W("crc.jar")), 1, b"", W("crc.jar") + ": corrupt jar file")


def t_jar_truncated():
    return expect(plinth("-jar", W("truncated.jar")), 1, b"", W("truncated.jar") + ": corrupt jar file")


def t_jar_not_a_zip():
    return expect(plinth("-cp", W("text.jar"), "Main"), 1, b"", W("text.jar") + ": corrupt jar file")


def t_jar_missing():
    return expect(plinth("-jar", W("nope.jar")), 1, b"", W("nope.jar") + ": cannot open jar file")


def t_jar_no_main_class():
    return expect(plinth("-jar", W("nomain.jar")), 1, b"", "Main-Class")


def t_jar_mutations_asan():
    """Damaged jars of every kind never crash the monitor: 120 copies of
    app.jar, each with a few bytes changed (all over the file, with extra
    weight on the zip structures), run by the ASan+UBSan build.  Each must
    either run (0) or be refused (1) cleanly."""
    if not os.access(PLINTH_ASAN, os.X_OK):
        return "%s does not exist (make test builds it)" % PLINTH_ASAN
    data = open(W("app.jar"), "rb").read()
    eocd = data.rfind(b"PK\x05\x06")
    cdir = int.from_bytes(data[eocd + 16:eocd + 20], "little")
    hot = list(range(0, 30)) + list(range(cdir, len(data)))
    env = env_clean({"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0:exitcode=99",
                     "UBSAN_OPTIONS": "exitcode=99"})
    x = 99991
    d = W("mutants")
    os.makedirs(d, exist_ok=True)
    for i in range(120):
        b = bytearray(data)
        for _ in range(1 + i % 3):
            x = (x * 1103515245 + 12345) & 0x7fffffff
            at = hot[x % len(hot)] if i % 2 else x % len(b)
            x = (x * 1103515245 + 12345) & 0x7fffffff
            b[at] = (x >> 8) & 0xff if i % 4 else b[at] ^ 0xff
        path = os.path.join(d, "m%03d.jar" % i)
        open(path, "wb").write(bytes(b))
        got = run([PLINTH_ASAN, "run", "--timeout", "20", "-jar", path], env=env)
        err = got[2].decode("utf-8", "replace")
        if got[0] not in (0, 1) or "Sanitizer" in err or "runtime error" in err:
            return "%s: exit %s: %s" % (path, got[0], err[:300])
        if got[0] == 1 and not err.startswith("plinth: ") and "Exception" not in err and "Error" not in err:
            return "%s: refused without a message: %r" % (path, err[:200])
    return None


def t_hosted():
    return same(plinth("--hosted", "-cp", CLS, "PArgs", "3", "x y"), java("-cp", CLS, "PArgs", "3", "x y"))


def t_hosted_timeout():
    return expect(plinth("--hosted", "--timeout", "0.5", "-cp", CLS, "PSpin"), 124, b"started\n", "timeout")


# ---- --hosted with jars: the monitor packs them for the hosted JVM too ----

def t_hosted_jar_manifest():
    return same(plinth("--hosted", "-jar", W("app.jar"), "x", "-y"), java("-jar", W("app.jar"), "x", "-y"))


def t_hosted_jar_on_class_path():
    cp = W("app-only.jar") + ":" + W("lib.jar")
    return same(plinth("--hosted", "-cp", cp, "com.example.App"), java("-cp", cp, "com.example.App"))


def t_hosted_jar_and_directory():
    cp = W("app-only.jar") + ":" + W("lib")
    return same(plinth("--hosted", "-cp", cp, "com.example.App"), java("-cp", cp, "com.example.App"))


def t_hosted_jar_wildcard():
    d = W("jars-hosted")
    os.makedirs(d, exist_ok=True)
    for j in ("app-only.jar", "lib.jar"):
        shutil.copyfile(W(j), os.path.join(d, j))
    cp = d + "/*"
    return same(plinth("--hosted", "-cp", cp, "com.example.App"), java("-cp", cp, "com.example.App"))


def t_hosted_jar_class_path_order():
    cp = W("v1") + ":" + W("v2") + ":" + W("lib.jar")
    return same(plinth("--hosted", "-cp", cp, "Which"), java("-cp", cp, "Which"))


def t_hosted_jar_timeout():
    return same(plinth("--hosted", "--timeout", "30", "-jar", W("app.jar"), "t"), java("-jar", W("app.jar"), "t"))


def t_hosted_jar_refused_as_in_partition():
    """A damaged, missing or Main-Class-less jar is refused hosted with the
    partition's message and exit code (the same monitor code reads it)."""
    cases = [("-jar", W("crc.jar")), ("-jar", W("truncated.jar")), ("-cp", W("text.jar"), "Main"),
             ("-jar", W("nope.jar")), ("-jar", W("nomain.jar"))]
    for c in cases:
        hosted, part = plinth("--hosted", *c), plinth(*c)
        why = expect(hosted, 1, b"", "plinth: ")
        if why:
            return " ".join(c) + ": " + why
        if (hosted[0], hosted[1], hosted[2]) != (part[0], part[1], part[2]):
            return "%s: hosted %r (exit %s), partition %r (exit %s)" % (
                " ".join(c), first(hosted[2]), hosted[0], first(part[2]), part[0])
    return expect(plinth("--hosted", "-jar", W("crc.jar")), 1, b"", W("crc.jar") + ": corrupt jar file")


def t_hosted_jar_mutations_asan():
    """Damaged jars in hosted mode: the ASan+UBSan monitor packs them and
    the ASan+UBSan JVM next to it reads the image; 30 mutants of app.jar,
    each run (0) or refused (1) cleanly."""
    if not os.access(PLINTH_ASAN, os.X_OK):
        return "%s does not exist (make test builds it)" % PLINTH_ASAN
    data = open(W("app.jar"), "rb").read()
    env = env_clean({"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0:exitcode=99",
                     "UBSAN_OPTIONS": "exitcode=99"})
    # The undamaged jar runs, as java runs it: the refusals below are the
    # mutations', not hosted jars failing altogether.
    why = same(run([PLINTH_ASAN, "run", "--hosted", "-jar", W("app.jar")], env=env), java("-jar", W("app.jar")))
    if why:
        return "app.jar: " + why
    x = 424243
    d = W("mutants-hosted")
    os.makedirs(d, exist_ok=True)
    for i in range(30):
        b = bytearray(data)
        for _ in range(1 + i % 3):
            x = (x * 1103515245 + 12345) & 0x7fffffff
            at = x % len(b)
            x = (x * 1103515245 + 12345) & 0x7fffffff
            b[at] = (x >> 8) & 0xff
        path = os.path.join(d, "m%03d.jar" % i)
        open(path, "wb").write(bytes(b))
        got = run([PLINTH_ASAN, "run", "--hosted", "--timeout", "20", "-jar", path], env=env)
        err = got[2].decode("utf-8", "replace")
        if got[0] not in (0, 1) or "Sanitizer" in err or "runtime error" in err:
            return "%s: exit %s: %s" % (path, got[0], err[:300])
        if got[0] == 1 and not err.startswith("plinth: ") and "Exception" not in err and "Error" not in err:
            return "%s: refused without a message: %r" % (path, err[:200])
    return None


def t_usage_unknown_option():
    return expect(plinth("--bogus", "Main"), 125, b"", "plinth: run: unknown option '--bogus'")


def t_usage_bad_memory():
    return expect(plinth("--memory", "1M", "-cp", CLS, "PArgs"), 125, b"", "plinth: --memory 1M")


def t_heap_over_memory():
    return expect(plinth("--memory", "64M", "-Xmx1g", "-cp", CLS, "PArgs"), 125, b"", "-Xmx")


def t_memory_only():
    return same(plinth("--memory", "96M", "-cp", CLS, "POom", "catch"),
                java("-Xmx16m", "-cp", CLS, "POom", "catch"))


def t_no_kvm():
    return expect(plinth("--kvm-device", W("no-kvm"), "-cp", CLS, "PArgs"), 125, b"", W("no-kvm"))


def t_stats():
    return expect(plinth("--stats", "-cp", CLS, "PArgs"), 0, b"0 args\n", "pages touched")


def t_unknown_java_option():
    return same(plinth("-Xfoo", "-cp", CLS, "PArgs"), java("-Xfoo", "-cp", CLS, "PArgs"))


TESTS = [(n[2:].replace("_", "-"), f) for n, f in sorted(globals().items()) if n.startswith("t_")]
NO_KVM_NEEDED = {"jar-corrupt-crc", "jar-truncated", "jar-not-a-zip", "jar-missing",
                 "jar-no-main-class", "usage-unknown-option", "usage-no-main-class", "usage-bad-memory", "hosted",
                 "hosted-timeout", "no-kvm", "hosted-jar-manifest", "hosted-jar-on-class-path",
                 "hosted-jar-and-directory", "hosted-jar-wildcard", "hosted-jar-class-path-order",
                 "hosted-jar-timeout", "hosted-jar-refused-as-in-partition",
                 "hosted-jar-mutations-asan"}


def main():
    if not os.access(PLINTH, os.X_OK):
        print("FAIL partition: %s does not exist (build first)" % PLINTH)
        return 1
    try:
        build()
    except (RuntimeError, OSError) as e:
        print("FAIL partition/build: %s" % e)
        return 1
    kvm = os.path.exists("/dev/kvm")
    skip = os.environ.get("PLINTH_SKIP_KVM") == "1"
    failed = 0

    def one(t):
        name, fn = t
        if not kvm and name not in NO_KVM_NEEDED:
            if skip:
                return "SKIP partition/%s: no /dev/kvm (PLINTH_SKIP_KVM=1)" % name
            return "FAIL partition/%s: /dev/kvm is missing: partitions need KVM" % name
        try:
            why = fn()
        except Exception as e:  # a test bug must not hide the others
            why = "test error: %r" % e
        return "PASS partition/%s" % name if why is None else "FAIL partition/%s: %s" % (name, why)

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        for line in ex.map(one, TESTS):
            failed += line.startswith("FAIL")
            print(line, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
