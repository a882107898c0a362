#!/usr/bin/env python3
"""The JVM benchmark's driver (bench/suites/jvm runs it).

Compiles the programs of bench/java/ with javac and runs each one under
plinth's hosted JVM, `java -Xint` and `java`, all with the same heap limit,
round-robin (the order rotates every round, so a noisy neighbour or a warm
cache favours no one).  Prints each program's median whole-process wall
time and the ratios plinth/java-Xint and plinth/java, then their geometric
means: one table for the CPU programs (the language and java.lang), one for
the class-library programs (collections, streams, String, Formatter,
regex).  Hello is timed alone for start-up, with peak RSS.

Every run's stdout must equal java's (each program prints a checksum).  A
program that plinth cannot run yet (it exits non-zero, or times out) gets a
note and no figures; the benchmark fails (exit 1) only when something
crashes (dies by a signal) or prints a wrong checksum.

    bench/jvm_bench.py [--runs N] [--hello-runs N] [--only A,B] [--md]
    bench/jvm_bench.py --profile NAME     # callgrind of plinth, small input
    bench/jvm_bench.py --sample NAME [ARG...]   # Java methods, sampled (gdb)

Environment: PLINTH_BENCH_RUNS (default 5), PLINTH_BENCH_HELLO_RUNS (20),
PLINTH_BENCH_ONLY (comma-separated names), PLINTH_BENCH_TIMEOUT (seconds per
run, default 300), PLINTH_JVM (the plinth command, default build/plinth-jvm).
"""
import argparse
import hashlib
import json
import math
import os
import re
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "bench", "java")
WORK = os.path.join(ROOT, "build", "bench", "jvm")
CLASSES = os.path.join(WORK, "classes")
HEAP = "-Xmx256m"

# The CPU programs in the order they are reported, and a small input for
# each that --profile uses (a few seconds under callgrind).
PROGRAMS = ["NBody", "Fannkuch", "BinaryTrees", "SpectralNorm", "Objects", "Strings"]
# Programs that spend their time in the class library (java.util, streams,
# String, Formatter, regex): a table and a geomean of their own.
LIBRARY = ["CollMaps", "CollLists", "StreamRecords", "StrText", "StrFormat"]
SMALL = {"NBody": "20000", "Fannkuch": "8", "BinaryTrees": "10", "SpectralNorm": "100",
         "Objects": "20000", "Strings": "3000", "Hello": None,
         "CollMaps": "1", "CollLists": "1", "StreamRecords": "1", "StrText": "1",
         "StrFormat": "1"}

PLINTH, XINT, JAVA = "plinth", "java -Xint", "java"
PEERS = [PLINTH, XINT, JAVA]


def out(line=""):
    print(line, flush=True)


def clean_env():
    env = dict(os.environ)
    for k in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH"):
        env.pop(k, None)
    env["LC_ALL"] = "C.UTF-8"
    return env


def plinth_cmd():
    cmd = os.environ.get("PLINTH_JVM")
    return shlex.split(cmd) if cmd else [os.path.join(ROOT, "build", "plinth-jvm")]


def command(peer, main, args=()):
    base = {PLINTH: plinth_cmd(), XINT: ["java", "-Xint"], JAVA: ["java"]}[peer]
    return base + [HEAP, "-cp", CLASSES, main] + list(args)


def compile_programs():
    """javac every program into build/bench/jvm/classes, unless no source
    changed since the last time.  Returns an error text or None."""
    srcs = sorted(os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith(".java"))
    h = hashlib.sha256()
    for s in srcs:
        with open(s, "rb") as f:
            h.update(s.encode() + b"\0" + f.read())
    stamp = os.path.join(WORK, "classes.stamp")
    if os.path.isdir(CLASSES) and os.path.exists(stamp) and open(stamp).read() == h.hexdigest():
        return None
    shutil.rmtree(CLASSES, ignore_errors=True)
    os.makedirs(CLASSES)
    r = subprocess.run(["javac", "-encoding", "UTF-8", "-d", CLASSES] + srcs,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=clean_env())
    if r.returncode != 0:
        return r.stdout.decode("utf-8", "replace")
    with open(stamp, "w") as f:
        f.write(h.hexdigest())
    return None


class Result:
    """One run: wall time and CPU time (user + sys of the whole process, all
    its threads) in seconds, exit code (negative: killed by that signal),
    stdout, stderr; timed_out when it was stopped by us."""

    def __init__(self, wall, rc, stdout, stderr, timed_out=False, cpu=0.0):
        self.wall, self.rc, self.stdout, self.stderr = wall, rc, stdout, stderr
        self.timed_out, self.cpu = timed_out, cpu

    def first_err(self):
        lines = self.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[0] if lines else "(no message)"


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(cmd, timeout):
    """Runs cmd alone (runs never overlap, so the change in our children's
    rusage is this child's)."""
    c0 = children_cpu()
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=clean_env(), start_new_session=True)
    except OSError as e:
        return Result(0.0, 127, b"", ("%s: %s" % (cmd[0], e.strerror)).encode())
    try:
        o, e = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        o, e = p.communicate()
        return Result(time.perf_counter() - t0, p.returncode, o, e, timed_out=True)
    wall = time.perf_counter() - t0
    return Result(wall, p.returncode, o, e, cpu=children_cpu() - c0)


def verdict(res, expected):
    """None when the run is good; else (kind, text) where kind is "note"
    (plinth cannot run it yet) or "fail" (a crash or a wrong checksum)."""
    if res.timed_out:
        return "note", "timed out after %.0f s" % res.wall
    if res.rc < 0:
        return "fail", "crashed: killed by signal %s (%s)" % (
            signal.Signals(-res.rc).name, res.first_err())
    if res.rc != 0:
        return "note", "exit code %d: %s" % (res.rc, res.first_err())
    if res.stdout != expected:
        return "fail", "wrong output: %r, expected %r" % (
            res.stdout.decode("utf-8", "replace")[:200], expected.decode("utf-8", "replace")[:200])
    return None


def peak_rss_kib(cmd):
    """Peak RSS of cmd in KiB, measured by GNU time: a child that Python
    spawns itself would report at least Python's own RSS as its peak (Linux
    carries the high-water mark across exec)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    r = subprocess.run(["/usr/bin/time", "-f", "PEAKRSS %M"] + cmd, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=clean_env())
    m = re.search(rb"PEAKRSS (\d+)", r.stderr)
    return int(m.group(1)) if m and r.returncode == 0 else None


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt_ratio(x):
    return "%.2fx" % x if x is not None else "-"


def fmt_ms(t):
    return "%.0f" % (t * 1000) if t is not None else "-"


def table(rows, md):
    """rows[0] is the header; prints markdown or aligned text."""
    if md:
        out("| " + " | ".join(rows[0]) + " |")
        out("|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(rows[0]))) + "|")
        for r in rows[1:]:
            out("| " + " | ".join(r) + " |")
        return
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out("  ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r)))


class Bench:
    def __init__(self, args):
        self.runs, self.hello_runs, self.md = args.runs, args.hello_runs, args.md
        self.timeout = float(os.environ.get("PLINTH_BENCH_TIMEOUT", "300"))
        self.failed = False
        self.notes = []

    def problem(self, name, peer, v):
        kind, text = v
        if kind == "fail":
            self.failed = True
            out("FAIL %s under %s: %s" % (name, peer, text))
        else:
            out("note: %s under %s: %s" % (name, peer, text))
        self.notes.append("%s under %s: %s" % (name, peer, text))

    def measure(self, name, runs):
        """Medians by peer for one program (None for a peer that cannot run
        it), after one untimed warm-up run of each that also checks output."""
        ref = run(command(JAVA, name), self.timeout)
        if ref.rc != 0 or ref.timed_out:
            self.failed = True
            out("FAIL %s under java: exit %s: %s" % (name, ref.rc, ref.first_err()))
            return None
        live = [JAVA]
        for peer in (XINT, PLINTH):
            v = verdict(run(command(peer, name), self.timeout), ref.stdout)
            if v:
                self.problem(name, peer, v)
            else:
                live.append(peer)
        times = {p: [] for p in live}
        cpus = {p: [] for p in live}
        for i in range(runs):
            k = i % len(live)
            for peer in live[k:] + live[:k]:
                if peer not in times:
                    continue
                res = run(command(peer, name), self.timeout)
                v = verdict(res, ref.stdout)
                if v:
                    self.problem(name, peer, v)
                    del times[peer]
                else:
                    times[peer].append(res.wall)
                    cpus[peer].append(res.cpu)

        def med(d):
            return {p: (statistics.median(d[p]) if d.get(p) else None) for p in PEERS}
        return med(times), med(cpus)

    def cpu(self, names, title="CPU programs"):
        wall, cpu = {}, {}
        for name in names:
            m = self.measure(name, self.runs)
            if m is not None:
                wall[name], cpu[name] = m
        out()
        out("%s: median wall time of %d runs each (ms, whole process, %s)"
            % (title, self.runs, HEAP))
        self.ratio_table(wall, len(names))
        out()
        out("The same runs' CPU time (user + sys, all threads; ms): less disturbed by a"
            " busy machine; java's includes its JIT and GC threads")
        self.ratio_table(cpu, len(names))

    def ratio_table(self, medians, n):
        rows = [["program", "plinth", "java -Xint", "java",
                 "plinth/Xint", "plinth/java", "Xint/java"]]
        r_xint, r_java, r_xj = [], [], []
        for name, m in medians.items():
            p, x, j = m[PLINTH], m[XINT], m[JAVA]
            px = p / x if p and x else None
            pj = p / j if p and j else None
            xj = x / j if x and j else None
            r_xint += [px] if px else []
            r_java += [pj] if pj else []
            r_xj += [xj] if xj else []
            rows.append([name, fmt_ms(p), fmt_ms(x), fmt_ms(j),
                         fmt_ratio(px), fmt_ratio(pj), fmt_ratio(xj)])
        rows.append(["geomean (%d/%d by plinth)" % (len(r_xint), n), "", "", "",
                     fmt_ratio(geomean(r_xint)), fmt_ratio(geomean(r_java)),
                     fmt_ratio(geomean(r_xj))])
        table(rows, self.md)

    def hello(self):
        out()
        out("Hello (start-up): median wall time of %d runs, peak RSS (median of 3)"
            % self.hello_runs)
        m = self.measure("Hello", self.hello_runs)
        if m is None:
            return
        m = m[0]
        rss = {}
        for peer in PEERS:
            if m[peer] is None:
                continue
            vals = [peak_rss_kib(command(peer, "Hello")) for _ in range(3)]
            vals = [v for v in vals if v is not None]
            rss[peer] = statistics.median(vals) if vals else None
        rows = [["Hello", "wall ms", "peak RSS KiB", "plinth/peer wall", "plinth/peer RSS"]]
        for peer in PEERS:
            t, r = m[peer], rss.get(peer)
            pt = m[PLINTH] / t if m[PLINTH] and t else None
            pr = rss[PLINTH] / r if rss.get(PLINTH) and r else None
            rows.append([peer, fmt_ms(t), "%d" % r if r else "-",
                         fmt_ratio(pt) if peer != PLINTH else "",
                         fmt_ratio(pr) if peer != PLINTH else ""])
        table(rows, self.md)


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
            cpu = m.group(1) if m else cpu
    except OSError:
        pass
    jv = subprocess.run(["java", "-version"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                        env=clean_env()).stderr.decode().splitlines()
    return "%d CPUs (nproc), %s; %s; %s" % (os.cpu_count(), cpu, os.uname().release,
                                            jv[0] if jv else "java ?")


def read_callgrind(path):
    """Self cost (Ir) by function and by (file, line) from a callgrind file
    written with --compress-strings=no --compress-pos=no."""
    by_fn, by_line = {}, {}
    fl = fi = fn = None
    skip = False
    with open(path, errors="replace") as f:
        for line in f:
            if skip:            # the inclusive cost of the call line above
                skip = False
                continue
            if line.startswith("fl="):
                fl = fi = line[3:].strip()
            elif line.startswith(("fi=", "fe=")):
                fi = line[3:].strip()
            elif line.startswith("fn="):
                fn, fi = line[3:].strip(), fl
            elif line.startswith("calls="):
                skip = True
            elif line[:1].isdigit() and fn is not None:
                parts = line.split()
                if len(parts) >= 2:
                    ir = int(parts[1])
                    by_fn[fn] = by_fn.get(fn, 0) + ir
                    key = (fi, int(parts[0]))
                    by_line[key] = by_line.get(key, 0) + ir
    return by_fn, by_line


def opcode_regions(path):
    """For the interpreter's source: line number -> the opcode (or C label)
    whose code it belongs to, from the OP(X) labels that start each case."""
    region, names = {}, None
    with open(path) as f:
        for no, text in enumerate(f, 1):
            ops = re.findall(r"\bOP\((\w+)\)", text)
            label = re.match(r"\s*([a-z_][a-z0-9_]*):\s*(\{|$)", text)
            if ops and not text.lstrip().startswith("#"):
                names = ops[0] if len(ops) == 1 else ops[0] + ".." + ops[-1]
            elif label and label.group(1) not in ("default",):
                names = label.group(1) + ":"
            region[no] = names
    return region


def profile(name):
    """Callgrind of plinth on the program's small input: the functions with
    the most self cost, then, inside the interpreter's loop, the opcodes."""
    if not shutil.which("valgrind"):
        sys.exit("jvm_bench: --profile needs valgrind")
    outf = os.path.join(WORK, "callgrind.%s.out" % name)
    args = [SMALL[name]] if SMALL.get(name) else []
    cmd = ["valgrind", "--tool=callgrind", "--compress-strings=no", "--compress-pos=no",
           "--callgrind-out-file=" + outf] + command(PLINTH, name, args)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env())
    if r.returncode != 0:
        sys.exit("jvm_bench: plinth under callgrind exited %d: %s"
                 % (r.returncode, r.stderr.decode("utf-8", "replace")[-2000:]))
    by_fn, by_line = read_callgrind(outf)
    total = sum(by_fn.values()) or 1
    out("callgrind of plinth %s %s: %d instructions" % (name, " ".join(args), total))
    out("functions by self cost:")
    for fn, ir in sorted(by_fn.items(), key=lambda kv: -kv[1])[:12]:
        out("  %5.1f%%  %s" % (100.0 * ir / total, fn))
    # The source the binary was built from: <root>/build/plinth-jvm's.
    exe = shutil.which(plinth_cmd()[0]) or plinth_cmd()[0]
    interp = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(exe))),
                          "jvm", "interp.c")
    if not os.path.exists(interp):
        interp = os.path.join(ROOT, "jvm", "interp.c")
    if not os.path.exists(interp):
        return
    if os.path.getmtime(interp) > os.path.getmtime(exe):
        out("note: %s is newer than %s: the opcode attribution may be off" % (interp, exe))
    region = opcode_regions(interp)
    by_op = {}
    for (fi, no), ir in by_line.items():
        if fi and fi.endswith("jvm/interp.c"):
            op = region.get(no) or "(before the first opcode)"
            by_op[op] = by_op.get(op, 0) + ir
    out("jvm/interp.c by opcode (self cost of the lines under each OP label):")
    for op, ir in sorted(by_op.items(), key=lambda kv: -kv[1])[:20]:
        out("  %5.1f%%  %s" % (100.0 * ir / total, op))


# Runs inside gdb (--sample): stops plinth every few milliseconds with a
# signal that a thread of this script sends, and records the Java stack of
# the running thread (thread.c's S.cur, its frame chain) as class.method
# names.  Java methods are what the class library's authors can act on;
# callgrind sees nearly all of it as the interpreter's `run`.
GDB_SAMPLER = r"""
import gdb, json, os, signal, threading, time
gdb.execute("set pagination off")
gdb.execute("handle SIGUSR2 stop print nopass")
gdb.execute("starti", to_string=True)
pid = gdb.selected_inferior().pid
period = float(os.environ["JVM_SAMPLE_PERIOD"])
def tick():
    while True:
        time.sleep(period)
        try:
            os.kill(pid, signal.SIGUSR2)
        except OSError:
            return
threading.Thread(target=tick, daemon=True).start()
cur = gdb.parse_and_eval("&'thread.c'::S.cur")
samples = []
while True:
    try:
        gdb.execute("continue", to_string=True)
    except gdb.error:
        break
    if not gdb.selected_inferior().pid:
        break
    stack = []
    try:
        f = cur.dereference()["frame"] if int(cur.dereference()) else 0
        while f and int(f) and len(stack) < 256:
            m = f["m"]
            stack.append(m["cls"]["name"].string().replace("/", ".") + "." + m["name"].string())
            f = f["prev"]
    except gdb.error:
        pass
    samples.append(stack)
with open(os.environ["JVM_SAMPLE_OUT"], "w") as out:
    json.dump(samples, out)
"""


def sample(name, args):
    """Java methods by samples of plinth running NAME (default input unless
    args): self (the innermost frame) and inclusive (anywhere on the stack)."""
    if not shutil.which("gdb"):
        sys.exit("jvm_bench: --sample needs gdb")
    script = os.path.join(WORK, "sampler.py")
    outf = os.path.join(WORK, "samples.%s.json" % name)
    with open(script, "w") as f:
        f.write(GDB_SAMPLER)
    env = clean_env()
    env["JVM_SAMPLE_PERIOD"], env["JVM_SAMPLE_OUT"] = "0.004", outf
    r = subprocess.run(["gdb", "-batch", "-nx", "-x", script, "--args"]
                       + command(PLINTH, name, args), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=env)
    if r.returncode != 0 or not os.path.exists(outf):
        sys.exit("jvm_bench: gdb exited %d: %s"
                 % (r.returncode, r.stdout.decode("utf-8", "replace")[-2000:]))
    with open(outf) as f:
        samples = json.load(f)
    n = len(samples) or 1
    own, incl = {}, {}
    for st in samples:
        top = st[0] if st else "(no Java frame)"
        own[top] = own.get(top, 0) + 1
        for m in set(st):
            incl[m] = incl.get(m, 0) + 1
    out("samples of plinth %s %s: %d, one per ~4 ms" % (name, " ".join(args), len(samples)))
    for title, d, k in (("Java methods by self samples:", own, 20),
                        ("Java methods by inclusive samples:", incl, 30)):
        out(title)
        for m, c in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:k]:
            out("  %5.1f%%  %s" % (100.0 * c / n, m))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=int(os.environ.get("PLINTH_BENCH_RUNS", "5")))
    ap.add_argument("--hello-runs", type=int,
                    default=int(os.environ.get("PLINTH_BENCH_HELLO_RUNS", "20")))
    ap.add_argument("--only", default=os.environ.get("PLINTH_BENCH_ONLY", ""))
    ap.add_argument("--md", action="store_true", help="print markdown tables")
    ap.add_argument("--profile", metavar="NAME", help="callgrind of plinth on NAME, small input")
    ap.add_argument("--sample", metavar="NAME",
                    help="Java methods of plinth on NAME, sampled under gdb")
    ap.add_argument("args", nargs="*", help="--sample: the program's arguments")
    args = ap.parse_args()
    if args.runs < 1 or args.hello_runs < 1:
        sys.exit("jvm_bench: --runs and --hello-runs must be at least 1")
    for tool in ("javac", "java"):
        if not shutil.which(tool):
            sys.exit("jvm_bench: %s not found" % tool)
    err = compile_programs()
    if err:
        sys.exit("jvm_bench: javac failed:\n" + err)
    if args.profile:
        if args.profile not in SMALL:
            sys.exit("jvm_bench: unknown program %s" % args.profile)
        profile(args.profile)
        return 0
    if args.sample:
        if args.sample not in SMALL:
            sys.exit("jvm_bench: unknown program %s" % args.sample)
        sample(args.sample, args.args)
        return 0
    plinth = plinth_cmd()
    if not os.path.exists(plinth[0]) and not shutil.which(plinth[0]):
        out("note: %s not built; plinth's figures are missing" % plinth[0])

    only = [n for n in args.only.split(",") if n]
    for n in only:
        if n not in SMALL:
            sys.exit("jvm_bench: unknown program %s" % n)
    b = Bench(args)
    out("machine: " + machine())
    out("plinth: " + " ".join(plinth))
    names = [n for n in PROGRAMS if not only or n in only]
    if names:
        b.cpu(names)
    lib = [n for n in LIBRARY if not only or n in only]
    if lib:
        b.cpu(lib, "Class-library programs")
    if not only or "Hello" in only:
        b.hello()
    if b.notes:
        out()
        out("%d problem(s) above; a program's figures are missing under the VM that"
            " could not run it" % len(b.notes))
    return 1 if b.failed else 0


if __name__ == "__main__":
    sys.exit(main())
