#!/usr/bin/env python3
"""check: the bytecode verifier against OpenJDK, on hostile class files.

The seeds (tests/verify/seeds) are compiled; gen.py patches one victim
class per case.  Each case's class path runs `VMain <arg>` under java (the
oracle, cached by the case's bytes), then under build/plinth-jvm,
build/asan/plinth-jvm and (with /dev/kvm) in a partition: exit code,
stdout and the first line of stderr must match java's, with no sanitizer
report.  java itself must answer what the
case is written for (a VerifyError, or success for the valid ones), so a
case that stops lying is noticed.  Then seeded random mutants
(gen.mutants) under build/asan/plinth-jvm only: no crash or sanitizer
report, java's exit code and first stderr line (bad instructions are
VerifyErrors at link time, as in HotSpot, with its wording; a
ClassFormatError of our parser's own wording stands for java's).
PLINTH_VERIFY_MUTANTS sets their number (default 100), PLINTH_VERIFY_SEED
their seed (default 1).  See docs/jvm.md.
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

WORK = os.path.join(ROOT, "build", "tests", "verify")
SEEDS = os.path.join(WORK, "seeds")
JVMS = [("hosted", [os.path.join(ROOT, "build", "plinth-jvm")]),
        ("asan", [os.path.join(ROOT, "build", "asan", "plinth-jvm")])]
# Application classes in a partition are untrusted too: the same cases in
# a KVM partition when the machine has one.
PARTITION = ("partition", [os.path.join(ROOT, "build", "plinth"), "run"])
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
    srcs = sorted(os.path.join(r, f) for r, _, fs in os.walk(os.path.join(HERE, "seeds")) for f in fs
                  if f.endswith(".java"))
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


def run(cmd):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), timeout=60)
    except subprocess.TimeoutExpired:
        return {"rc": "timeout", "out": "", "err": ""}
    return {"rc": r.returncode, "out": r.stdout.decode("utf-8", "replace"),
            "err": r.stderr.decode("utf-8", "replace")}


def first(s):
    return s.split("\n", 1)[0]


def case_dir(c):
    d = os.path.join(WORK, "cases", c.name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(SEEDS, d)
    with open(os.path.join(d, c.victim), "wb") as f:
        f.write(c.data)
    for name in c.delete:
        os.remove(os.path.join(d, name))
    return d


def java_result(c, d):
    key = hashlib.sha256(c.data + c.arg.encode() + c.victim.encode() + c.main.encode() + repr(c.delete).encode() +
                         os.path.realpath(shutil.which("java") or "java").encode()).hexdigest()[:24]
    cache = os.path.join(WORK, "expected", key + ".json")
    if os.path.exists(cache):
        return json.load(open(cache))
    r = run(["java", "-Xshare:auto", "-cp", d, c.main, c.arg])
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    json.dump(r, open(cache, "w"))
    return r


def check_mutant(c):
    d = case_dir(c)
    j = java_result(c, d)
    p = run(JVMS[1][1] + ["-cp", d, c.main, c.arg])
    shutil.rmtree(d, ignore_errors=True)
    jf, pf = first(j["err"]), first(p["err"])
    why = None
    if SANITIZER.search(p["err"]):
        why = "sanitizer report: " + next(ln for ln in p["err"].split("\n") if SANITIZER.search(ln))
    elif p["rc"] != j["rc"]:
        why = f"exit code: expected {j['rc']} ({jf!r}), got {p['rc']} ({pf!r})"
    elif pf != jf and not ("java.lang.ClassFormatError" in jf and "java.lang.ClassFormatError" in pf):
        why = f"stderr first line: expected {jf!r}, got {pf!r}"
    elif j["rc"] == 0 and p["out"] != j["out"]:
        why = f"stdout: expected {j['out']!r}, got {p['out']!r}"
    return [f"FAIL verify/{c.name}: {why}" if why else f"PASS verify/{c.name}"]


def check(c):
    if c.expect is None:
        return check_mutant(c)
    d = case_dir(c)
    j = java_result(c, d)
    if c.expect and c.expect not in first(j["err"]):
        return [f"FAIL verify/{c.name}: java does not say {c.expect}: {first(j['err'])!r} (rc {j['rc']})"]
    if not c.expect and j["rc"] != 0:
        return [f"FAIL verify/{c.name}: java rejects the valid case: {first(j['err'])!r}"]
    lines = []
    for mode, cmd in JVMS:
        p = run(cmd + ["-cp", d, c.main, c.arg])
        name = f"verify/{c.name}" + ("" if mode == "hosted" else "-" + mode)
        why = None
        if SANITIZER.search(p["err"]):
            why = "sanitizer report: " + next(ln for ln in p["err"].split("\n") if SANITIZER.search(ln))
        elif p["rc"] != j["rc"]:
            why = f"exit code: expected {j['rc']}, got {p['rc']} ({first(p['err'])!r})"
        elif first(p["err"]) != first(j["err"]):
            why = f"stderr first line: expected {first(j['err'])!r}, got {first(p['err'])!r}"
        elif p["out"] != j["out"]:
            why = f"stdout: expected {j['out']!r}, got {p['out']!r}"
        lines.append(f"FAIL {name}: {why}" if why else f"PASS {name}")
    return lines


def main():
    for _, cmd in JVMS:
        if not os.path.exists(cmd[0]):
            out(f"FAIL verify: {os.path.relpath(cmd[0], ROOT)} is not built")
            return 1
    elf = os.path.join(ROOT, "build", "plinth-jvm.elf")
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        out("SKIP verify/partition: no /dev/kvm")
    elif not (os.path.exists(PARTITION[1][0]) and os.path.exists(elf)):
        out("FAIL verify/partition: build/plinth or build/plinth-jvm.elf is not built")
        return 1
    else:
        JVMS.append(PARTITION)
    err = compile_seeds()
    if err:
        out("FAIL verify/seeds: javac failed: " + err.strip().split("\n")[0])
        return 1
    cases = gen.cases(SEEDS) + gen.mutants(SEEDS, int(os.environ.get("PLINTH_VERIFY_MUTANTS", "100")),
                                          int(os.environ.get("PLINTH_VERIFY_SEED", "1")))
    filt = re.compile(os.environ.get("PLINTH_VERIFY_FILTER", ""))
    cases = [c for c in cases if filt.search(c.name)]
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        for lines in ex.map(check, cases):
            for ln in lines:
                out(ln)
                failed += ln.startswith("FAIL")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
