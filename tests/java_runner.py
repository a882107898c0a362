#!/usr/bin/env python3
"""java_runner: runs every program under tests/java/ under OpenJDK (the
oracle) and under plinth, and compares stdout, the exit code and the first
line of stderr.  docs/testing.md describes the conventions and directives.

    tests/java_runner.py [--mode hosted|gcstress|partition] [--jobs N]

Prints one line per program: `PASS java/Name` or `FAIL java/Name: why`
(diff kept in build/tests/java/<mode>/diff/Name.diff).  PLINTH_JAVA_FILTER=
regex runs only the matching programs; PLINTH_JVM="cmd ..." replaces the
plinth command (e.g. PLINTH_JVM=java to check the suite against itself).
"""
import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "classfile"))
import cfread  # noqa: E402

SRC = os.path.join(ROOT, "tests", "java")
B = os.path.join(ROOT, "build")
WORK = os.path.join(B, "tests", "java")
# Runs in one tree at once (make test beside a developer's suite) must not
# pull classes from under each other: compiled classes live in a directory
# named by the sources' digest, made whole then renamed into place, and
# each run copies programs' class paths under its own directory.
CLASSES = None          # set by compile_all
RUN_CP = os.path.join(WORK, "cp-%d" % os.getpid())

# How plinth runs a program on the host: the command users type, which
# execs build/plinth-jvm.
PLINTH_HOSTED = [os.path.join(B, "plinth"), "run", "--hosted"]
# How plinth runs a program in a partition (a KVM virtual machine).  The
# working directory is exported, so programs use files there as under java.
PLINTH_PARTITION = [os.path.join(B, "plinth"), "run", "--dir", os.getcwd()]

# Flags only for the oracle: faster start, same semantics.
JAVA_FLAGS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"]

MODES = {
    # mode: (test-name prefix, extra plinth flags, time limit per program in
    # seconds, time budget of the whole suite in seconds)
    "hosted": ("java", [], 30, 600),
    "gcstress": ("java-gcstress", ["-XX:+PlinthGCStress"], 240, 900),
    "partition": ("java-partition", [], 30, 600),
}
DEADLINE = [None]  # monotonic time after which no new program starts

DIRECTIVES = ("args", "jvm", "delete", "main", "skip-modes")


def out(line):
    print(line, flush=True)


def clean_env():
    env = dict(os.environ)
    for k in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH"):
        env.pop(k, None)
    env["LC_ALL"] = "C.UTF-8"
    return env


class Program:
    def __init__(self, name):
        self.name = name
        self.path = os.path.join(SRC, name + ".java")
        self.stdin = os.path.join(SRC, name + ".in")
        if not os.path.exists(self.stdin):
            self.stdin = None
        self.v2 = os.path.join(SRC, name + ".v2")
        if not os.path.isdir(self.v2):
            self.v2 = None
        self.args, self.jvm, self.delete, self.skip_modes = [], [], [], []
        self.main = name
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\s*//\s*([a-z-]+):(.*)$", line)
                if not m:
                    if line.strip() == "" or line.lstrip().startswith("//"):
                        continue
                    break
                key, val = m.group(1), m.group(2).strip()
                if key == "args":
                    self.args = shlex.split(val)
                elif key == "jvm":
                    self.jvm = shlex.split(val)
                elif key == "delete":
                    self.delete += val.split()
                elif key == "main":
                    self.main = val
                elif key == "skip-modes":
                    self.skip_modes = val.split()
        self.cp = os.path.join(RUN_CP, name)


def run(cmd, stdin_path, timeout, env):
    """(exit code, stdout bytes, stderr bytes) or None on time-out."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        p = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, start_new_session=True)
        try:
            o, e = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            return None
        return p.returncode, o, e
    finally:
        if stdin_path:
            stdin.close()


def compile_all(programs):
    """One javac call for every program, skipped when no source changed."""
    global CLASSES
    h = hashlib.sha256()
    for p in programs:
        with open(p.path, "rb") as f:
            h.update(p.name.encode() + b"\0" + f.read() + b"\0")
    name = "classes-" + h.hexdigest()[:16]
    CLASSES = os.path.join(WORK, name)
    if not os.path.isdir(CLASSES):
        tmp = "%s.tmp%d" % (CLASSES, os.getpid())
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        r = subprocess.run(["javac", "-encoding", "UTF-8", "-nowarn", "-d", tmp]
                           + [p.path for p in programs],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=clean_env())
        if r.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            return r.stdout.decode("utf-8", "replace")
        try:
            os.rename(tmp, CLASSES)
        except OSError:   # another run got there first with the same sources
            shutil.rmtree(tmp, ignore_errors=True)
    # Old sources' classes and dead runs' class paths (an hour gives any
    # run still using them time to end).
    for d in os.listdir(WORK):
        path = os.path.join(WORK, d)
        stale = (d.startswith("classes") or d == "cp") and d != name and \
            time.time() - os.path.getmtime(path) > 3600
        if d.startswith("cp-") and d[3:].isdigit():
            stale = not os.path.exists("/proc/" + d[3:])
        if stale and os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        elif stale:
            os.remove(path)
    return None


def classes_by_source():
    """Map "Name.java" -> class files that javac produced from it."""
    by = {}
    for dirpath, _, files in os.walk(CLASSES):
        for fn in files:
            if fn.endswith(".class"):
                path = os.path.join(dirpath, fn)
                by.setdefault(cfread.source_file_of(path), []).append(path)
    return by


def prepare(p, class_files):
    """Give the program its own class path: its classes, minus deleted ones,
    plus its .v2 classes compiled against the first version."""
    shutil.rmtree(p.cp, ignore_errors=True)
    os.makedirs(p.cp)
    for path in class_files:
        rel = os.path.relpath(path, CLASSES)
        dst = os.path.join(p.cp, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(path, dst)
    if p.v2:
        srcs = sorted(os.path.join(p.v2, f) for f in os.listdir(p.v2) if f.endswith(".java"))
        r = subprocess.run(["javac", "-encoding", "UTF-8", "-nowarn", "-cp", p.cp, "-d", p.cp] + srcs,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=clean_env())
        if r.returncode != 0:
            return "javac of %s.v2 failed: %s" % (p.name, r.stdout.decode("utf-8", "replace").splitlines()[0])
    for cls in p.delete:
        path = os.path.join(p.cp, cls.replace(".", "/") + ".class")
        if not os.path.exists(path):
            return "delete: %s.class does not exist" % cls
        os.remove(path)
    # A program must at least have its own main class, unless it says which
    # class to run or deletes it on purpose: otherwise both JVMs would fail
    # alike ("Could not find or load main class") and the test would pass
    # without running (seen when two runs shared build/tests/java at once).
    own = os.path.join(p.cp, p.name + ".class")
    if p.main == p.name and p.name not in p.delete and not os.path.exists(own):
        return "%s.class is missing from its class path (was build/tests/java rebuilt by another run?)" % p.name
    return None


def program_key(p):
    h = hashlib.sha256()
    for dirpath, _, files in sorted(os.walk(p.cp)):
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            h.update(os.path.relpath(path, p.cp).encode() + b"\0")
            with open(path, "rb") as f:
                h.update(f.read())
    java = shutil.which("java") or "java"
    st = os.stat(os.path.realpath(java))
    h.update(json.dumps([p.main, p.args, p.jvm, JAVA_FLAGS, os.path.realpath(java),
                         st.st_mtime]).encode())
    if p.stdin:
        with open(p.stdin, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def expected(p):
    """The oracle's (exit code, stdout, stderr first line), cached by the
    program's class files, arguments and flags."""
    cache = os.path.join(WORK, "expected", p.name + ".json")
    key = program_key(p)
    try:
        with open(cache) as f:
            c = json.load(f)
        if c["key"] == key:
            return c["code"], c["stdout"].encode("utf-8", "surrogateescape"), c["stderr1"]
    except (OSError, ValueError, KeyError):
        pass
    r = run(["java"] + JAVA_FLAGS + ["-cp", p.cp] + p.jvm + [p.main] + p.args,
            p.stdin, 120, clean_env())
    if r is None:
        raise RuntimeError("java itself timed out")
    code, o, e = r
    e1 = first_line(e)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    tmp = "%s.tmp%d.%d" % (cache, os.getpid(), threading.get_ident())
    with open(tmp, "w") as f:
        json.dump({"key": key, "code": code,
                   "stdout": o.decode("utf-8", "surrogateescape"), "stderr1": e1}, f)
    os.replace(tmp, cache)   # whole, for a run reading it at the same time
    return code, o, e1


def first_line(b):
    s = b.decode("utf-8", "replace")
    return s.split("\n", 1)[0].rstrip("\r")


def clip(s, n=70):
    s = repr(s)
    return s if len(s) <= n else s[:n] + "...'"


def compare(exp, got):
    """A short reason, or None if they match."""
    ecode, eout, eerr = exp
    gcode, gout, gerr = got
    if eout != gout:
        el = eout.decode("utf-8", "replace").split("\n")
        gl = gout.decode("utf-8", "replace").split("\n")
        for i in range(max(len(el), len(gl))):
            a = el[i] if i < len(el) else None
            b = gl[i] if i < len(gl) else None
            if a != b:
                if a is None:
                    return "stdout differs at line %d: expected end of output, got %s" % (i + 1, clip(b))
                if b is None:
                    return "stdout differs at line %d: expected %s, got end of output" % (i + 1, clip(a))
                return "stdout differs at line %d: expected %s, got %s" % (i + 1, clip(a), clip(b))
        return "stdout differs (bytes)"
    if eerr != gerr:
        return "stderr first line: expected %s, got %s" % (clip(eerr), clip(gerr))
    if ecode != gcode:
        return "exit code: expected %d, got %d" % (ecode, gcode)
    return None


def write_diff(path, p, cmd, exp, got):
    ecode, eout, eerr = exp
    gcode, gout, gerr = got
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("program: %s\ncommand: %s\n" % (p.path, shlex.join(cmd)))
        f.write("exit code: expected %d, got %d\n" % (ecode, gcode))
        f.write("stderr first line:\n  expected: %s\n  got:      %s\n" % (eerr, first_line(gerr)))
        f.write("stdout diff (expected -> got):\n")
        f.writelines(difflib.unified_diff(
            eout.decode("utf-8", "replace").splitlines(True),
            gout.decode("utf-8", "replace").splitlines(True), "java", "plinth"))
        f.write("\nfull stderr of plinth:\n")
        f.write(gerr.decode("utf-8", "replace"))


def run_one(p, mode, class_files, plinth):
    prefix, flags, limit, _ = MODES[mode]
    tname = "%s/%s" % (prefix, p.name)
    if mode in p.skip_modes:
        return "SKIP %s: not run in %s mode" % (tname, mode)
    if time.monotonic() > DEADLINE[0]:
        return "FAIL %s: not run: the suite's time budget is spent (PLINTH_JAVA_BUDGET)" % tname
    why = prepare(p, class_files)
    if why:
        return "FAIL %s: %s" % (tname, why)
    try:
        exp = expected(p)
    except RuntimeError as e:
        return "FAIL %s: %s" % (tname, e)
    cmd = plinth + ["-cp", p.cp] + flags + p.jvm + [p.main] + p.args
    limit = int(os.environ.get("PLINTH_JAVA_TIMEOUT", limit))
    r = run(cmd, p.stdin, limit, clean_env())
    diff = os.path.join(WORK, mode, "diff", p.name + ".diff")
    if r is None:
        return "FAIL %s: no result within %d s (hang?): %s" % (tname, limit, shlex.join(cmd))
    code, o, e = r
    got = (code, o, first_line(e))
    why = compare(exp, got)
    if why and why.startswith("stdout") and got[2] != exp[2]:
        why += "; stderr: %s" % clip(got[2], 90)
    if code < 0 and why is None:
        why = "killed by signal %d" % -code
    if why is None:
        if os.path.exists(diff):
            os.remove(diff)
        return "PASS %s" % tname
    write_diff(diff, p, cmd, exp, (code, o, e))
    return "FAIL %s: %s (diff: %s)" % (tname, why, os.path.relpath(diff, ROOT))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=sorted(MODES), default="hosted")
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("PLINTH_JOBS", "3")))
    a = ap.parse_args()
    prefix = MODES[a.mode][0]
    budget = int(os.environ.get("PLINTH_JAVA_BUDGET", MODES[a.mode][3]))
    DEADLINE[0] = time.monotonic() + budget

    default = PLINTH_PARTITION if a.mode == "partition" else PLINTH_HOSTED
    plinth = shlex.split(os.environ["PLINTH_JVM"]) if os.environ.get("PLINTH_JVM") else default
    exe = shutil.which(plinth[0]) if os.sep not in plinth[0] else plinth[0]
    if not exe or not os.access(exe, os.X_OK):
        out("FAIL %s: %s does not exist yet (build the JVM first)"
            % (prefix, os.path.relpath(plinth[0], ROOT) if os.sep in plinth[0] else plinth[0]))
        return 1
    if not shutil.which("java") or not shutil.which("javac"):
        out("FAIL %s: java and javac (OpenJDK 17) are needed as the oracle" % prefix)
        return 1

    names = sorted(f[:-5] for f in os.listdir(SRC) if f.endswith(".java"))
    programs = [Program(n) for n in names]
    os.makedirs(WORK, exist_ok=True)
    err = compile_all(programs)
    if err:
        out("FAIL %s/compile: javac failed:" % prefix)
        for line in err.splitlines()[:20]:
            out("  " + line)
        return 1
    by_source = classes_by_source()
    filt = os.environ.get("PLINTH_JAVA_FILTER")
    if filt:
        programs = [p for p in programs if re.search(filt, p.name)]

    failed = 0
    try:
        failed = run_all(programs, a, by_source, plinth, prefix)
    finally:
        shutil.rmtree(RUN_CP, ignore_errors=True)
    out("%s (%s): %d programs, %d failed" % (prefix, a.mode, len(programs), failed))
    return 1 if failed else 0


def run_all(programs, a, by_source, plinth, prefix):
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = [ex.submit(run_one, p, a.mode, by_source.get(p.name + ".java", []), plinth)
                for p in programs]
        for f in concurrent.futures.as_completed(futs):
            try:
                line = f.result()
            except Exception as e:  # a runner bug must not hide the others
                line = "FAIL %s/runner: %r" % (prefix, e)
            failed += line.startswith("FAIL")
            out(line)
    return failed


if __name__ == "__main__":
    sys.exit(main())
