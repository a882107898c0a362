"""The partition CPU benchmark's driver (bench/suites/partition runs it).

The CPU programs of bench/java/ (with their default inputs) in a partition
(`plinth run`), in the hosted JVM process (`plinth run --hosted`) and under
`java -Xint`, round-robin in one run, same heap limit.  Prints median wall
time and median CPU time (user + sys of the whole process) per program and
the ratios partition/hosted and partition/java-Xint with their geometric
means: a partition should not be slower than a process.  Every run's
stdout must equal java's (the programs print checksums)."""

import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "bench", "java")
CLS = os.path.join(ROOT, "build", "bench", "partition", "classes")
PLINTH = os.path.join(ROOT, "build", "plinth")
RUNS = int(os.environ.get("PARTITION_BENCH_RUNS", "3"))
PROGRAMS = [p for p in ["NBody", "Fannkuch", "BinaryTrees", "SpectralNorm", "Objects", "Strings"]
            if os.path.exists(os.path.join(SRC, p + ".java"))]
HEAP = "-Xmx256m"
PEERS = {
    "partition": [PLINTH, "run", HEAP, "-cp", CLS],
    "hosted": [PLINTH, "run", "--hosted", HEAP, "-cp", CLS],
    "java -Xint": ["java", "-Xint", HEAP, "-cp", CLS],
}


def cpu_of(cmd):
    """(exit code, stdout, wall s, cpu s) of one run, CPU from wait4."""
    t0 = time.perf_counter()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, 1)
        dn = os.open(os.devnull, os.O_RDWR)
        os.dup2(dn, 0)
        os.dup2(dn, 2)
        os.close(r)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    return os.waitstatus_to_exitcode(status), b"".join(chunks), wall, ru.ru_utime + ru.ru_stime


def gmean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    os.makedirs(CLS, exist_ok=True)
    r = subprocess.run(["javac", "-nowarn", "-d", CLS] + [os.path.join(SRC, p + ".java") for p in PROGRAMS],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit("partition bench: javac failed: " + r.stderr[:500])
    print("partition: CPU programs, %d runs each round-robin; medians (wall ms / CPU ms)" % RUNS)
    print("  %-13s %15s %15s %15s %9s %9s" % ("program", "partition", "hosted", "java -Xint",
                                              "part/host", "part/Xint"))
    ratios_h, ratios_x, failed = [], [], 0
    for prog in PROGRAMS:
        ref = cpu_of(["java", "-cp", CLS, prog])[1]
        res = {k: [] for k in PEERS}
        bad = None
        for _ in range(RUNS):
            for peer, base in PEERS.items():
                code, out, wall, cpu = cpu_of(base + [prog])
                if code != 0 or out != ref:
                    bad = "%s: exit %d or wrong output" % (peer, code)
                res[peer].append((wall, cpu))
        if bad:
            print("  %-13s %s" % (prog, bad))
            failed += 1
            continue
        med = {k: (statistics.median(w for w, _ in v) * 1e3, statistics.median(c for _, c in v) * 1e3)
               for k, v in res.items()}
        # CPU time is the fairer figure on a shared machine.
        rh = med["partition"][1] / med["hosted"][1]
        rx = med["partition"][1] / med["java -Xint"][1]
        ratios_h.append(rh)
        ratios_x.append(rx)
        print("  %-13s %7.0f/%-7.0f %7.0f/%-7.0f %7.0f/%-7.0f %8.2fx %8.2fx" % (
            prog, *med["partition"], *med["hosted"], *med["java -Xint"], rh, rx))
    print("  geomean of CPU-time ratios: partition/hosted %.2fx, partition/java -Xint %.2fx" % (
        gmean(ratios_h), gmean(ratios_x)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
