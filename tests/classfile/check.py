#!/usr/bin/env python3
"""check: malformed class files against the parser and the whole JVM.

1. The seed classes (tests/classfile/seeds) are compiled, and gen.py makes
   their broken variants (every truncation of Tiny, ~80 targeted mutants).
2. OpenJDK loads each variant through a valid main class (Load<Victim>) and
   says which error it gives: the oracle, cached by the variant's bytes.
3. parse_check (jvm/classfile.c alone, ASan+UBSan, one process) parses
   every variant: ClassFormatError in java must be CF_FORMAT here,
   UnsupportedClassVersionError CF_VERSION; a class java loads (or rejects
   only later: wrong name, circularity, verification) must parse: bad
   instructions are the verifier's, at link time, as in HotSpot.
4. build/asan/plinth-jvm runs every mutant and a sample of truncations the
   same way as java: exit code 1, the same exception class on stderr's
   first line (the whole line for version errors), no sanitizer report.
See docs/testing.md.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

WORK = os.path.join(ROOT, "build", "tests", "classfile")
SEEDS = os.path.join(WORK, "seeds")
JVM = os.path.join(ROOT, "build", "asan", "plinth-jvm")
CF_STATUS = {0: "ok", 1: "format", 2: "version", 3: "nomem"}
SANITIZER = re.compile(r"AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer|runtime error:")


def out(line):
    print(line, flush=True)


def env():
    e = dict(os.environ)
    for k in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH"):
        e.pop(k, None)
    e["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0:exitcode=99"
    e["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=99"
    e["LC_ALL"] = "C.UTF-8"
    return e


def compile_seeds():
    srcs = sorted(os.path.join(HERE, "seeds", f) for f in os.listdir(os.path.join(HERE, "seeds")) if f.endswith(".java"))
    h = hashlib.sha256(b"".join(open(s, "rb").read() for s in srcs)).hexdigest()
    stamp = os.path.join(WORK, "seeds.stamp")
    if os.path.exists(stamp) and open(stamp).read() == h:
        return None
    shutil.rmtree(SEEDS, ignore_errors=True)
    os.makedirs(SEEDS)
    r = subprocess.run(["javac", "-nowarn", "-d", SEEDS] + srcs, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode:
        return r.stdout.decode()
    open(stamp, "w").write(h)
    return None


def build_parse_check():
    exe = os.path.join(WORK, "parse_check")
    srcs = [os.path.join(HERE, "parse_check.c"), os.path.join(ROOT, "jvm", "classfile.c")]
    deps = srcs + [os.path.join(ROOT, "jvm", "classfile.h")]
    if os.path.exists(exe) and all(os.path.getmtime(exe) >= os.path.getmtime(d) for d in deps):
        return exe, None
    # -iquote, not -I: jvm/ has headers named like libc's (string.h).
    r = subprocess.run(["cc", "-std=c11", "-g", "-O1", "-Wall", "-Wextra", "-Werror",
                        "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined",
                        "-iquote", os.path.join(ROOT, "jvm"), "-o", exe] + srcs,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode:
        return None, r.stdout.decode()
    return exe, None


def case_dir(c):
    """A class path holding the seeds with the victim replaced."""
    d = os.path.join(WORK, "cases", c.name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(SEEDS, d)
    with open(os.path.join(d, c.victim + ".class"), "wb") as f:
        f.write(c.data)
    return d


def run(cmd, timeout=60):
    try:
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env(), timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def first_line(s):
    return s.split("\n", 1)[0]


def exc_class(line):
    """The exception class named on an 'Exception in thread' line, or None."""
    m = re.match(r'Exception in thread "[^"]*" ([\w.$]+)', line)
    return m.group(1) if m else None


def oracle(c, cache):
    key = hashlib.sha256(c.victim.encode() + c.data).hexdigest()
    if key in cache:
        return cache[key]
    d = case_dir(c)
    r = run(["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", d, "Load" + c.victim])
    if r is None:
        res = {"code": -1, "line": "java timed out", "stdout": ""}
    else:
        res = {"code": r[0], "line": first_line(r[2]), "stdout": r[1]}
    cache[key] = res
    return res


def parse_expectation(j):
    """Parser statuses that agree with java's answer."""
    cls = exc_class(j["line"])
    if cls == "java.lang.ClassFormatError":
        return {"format"}
    if cls == "java.lang.UnsupportedClassVersionError":
        return {"version"}
    return {"ok"}


def jvm_check(c, j):
    """None if build/asan/plinth-jvm agrees with java on this case, else why."""
    d = os.path.join(WORK, "cases", c.name)
    if not os.path.isdir(d):
        d = case_dir(c)
    r = run([JVM, "-cp", d, "Load" + c.victim])
    if r is None:
        return "no result within 60 s (hang?)"
    code, o, e = r
    if SANITIZER.search(e):
        m = SANITIZER.search(e)
        line = [l for l in e.splitlines() if m.group(0) in l][0]
        return "sanitizer report: %s" % line.strip()[:160]
    if code < 0:
        return "killed by signal %d" % -code
    line = first_line(e)
    if code != j["code"]:
        return "exit code: expected %d, got %d (stderr: %r)" % (j["code"], code, line[:160])
    if j["code"] == 0:
        return None if o == j["stdout"] else "stdout differs: expected %r, got %r" % (j["stdout"][:80], o[:80])
    jc, pc = exc_class(j["line"]), exc_class(line)
    if jc == "java.lang.UnsupportedClassVersionError":
        return None if line == j["line"] else "stderr first line: expected %r, got %r" % (j["line"], line)
    if pc != jc:
        return "expected %s (java: %r), got %r" % (jc, j["line"][:120], line[:160])
    return None


def main():
    os.makedirs(WORK, exist_ok=True)
    err = compile_seeds()
    if err:
        out("FAIL classfile/seeds: javac failed: " + err.splitlines()[0])
        return 1
    cases = gen.cases(SEEDS)
    cache_path = os.path.join(WORK, "java.json")
    try:
        cache = json.load(open(cache_path))
    except (OSError, ValueError):
        cache = {}

    truncs = [c for c in cases if c.kind == "truncation"]
    mutants = [c for c in cases if c.kind == "mutant"]
    # The whole JVM sees every mutant and a sample of truncations; the
    # parser alone sees them all.
    n = len(truncs)
    sample = [c for i, c in enumerate(truncs) if i < 12 or i % 16 == 0 or i == n - 1]
    e2e = mutants + sample
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        answers = list(ex.map(lambda c: oracle(c, cache), e2e))
    with open(cache_path, "w") as f:
        json.dump(cache, f)
    java = {c.name: a for c, a in zip(e2e, answers)}
    failed = 0

    # 1. The parser alone, in one process.
    exe, berr = build_parse_check()
    if not exe:
        out("FAIL classfile/parse: parse_check does not build: " + berr.splitlines()[0])
        failed += 1
    else:
        files = []
        for c in cases:
            p = os.path.join(WORK, "files", c.name + ".class")
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(c.data)
            files.append(p)
        r = subprocess.run([exe] + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=dict(env(), ASAN_OPTIONS="detect_leaks=1:exitcode=99"))
        lines = r.stdout.decode("utf-8", "replace").splitlines()
        if r.returncode != 0 or len(lines) != len(cases):
            done = len(lines)
            culprit = cases[done].name if done < len(cases) else "?"
            rep = [l for l in r.stderr.decode("utf-8", "replace").splitlines() if SANITIZER.search(l)]
            out("FAIL classfile/parse: parse_check died on %s (exit %d): %s"
                % (culprit, r.returncode, rep[0].strip()[:160] if rep else "no report"))
            failed += 1
        else:
            status = {c.name: CF_STATUS.get(int(l.split("\t", 1)[0]), "?") for c, l in zip(cases, lines)}
            msg = {c.name: l.split("\t", 1)[1] for c, l in zip(cases, lines)}
            bad = [c.name for c in truncs if status[c.name] != "format" or not msg[c.name]]
            if bad:
                out("FAIL classfile/parse/Tiny-truncated-every-offset: %d of %d not a format error, first %s: %s %r"
                    % (len(bad), n, bad[0], status[bad[0]], msg[bad[0]]))
                failed += 1
            else:
                out("PASS classfile/parse/Tiny-truncated-every-offset")
            for c in mutants:
                want = parse_expectation(java[c.name])
                got = status[c.name]
                jline = java[c.name]["line"]
                jmsg = jline.split(": ", 1)[1] if ": " in jline else ""
                if got == "version" and msg[c.name] != jmsg:
                    out("FAIL classfile/parse/%s: version message differs from java's: expected %r, got %r"
                        % (c.name, jmsg, msg[c.name]))
                    failed += 1
                elif got in want and (got == "ok" or msg[c.name]):
                    out("PASS classfile/parse/%s" % c.name)
                else:
                    out("FAIL classfile/parse/%s: parser says %s %r; java says %r"
                        % (c.name, got, msg[c.name], java[c.name]["line"][:140]))
                    failed += 1

    # 2. The whole JVM.
    if not os.access(JVM, os.X_OK):
        out("FAIL classfile/jvm: build/asan/plinth-jvm does not exist yet (build the JVM first)")
        return 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        whys = list(ex.map(lambda c: jvm_check(c, java[c.name]), e2e))
    for c, why in zip(e2e, whys):
        if why:
            out("FAIL classfile/jvm/%s: %s" % (c.name, why))
            failed += 1
        else:
            out("PASS classfile/jvm/%s" % c.name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
