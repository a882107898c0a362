"""The start-up benchmark's driver (bench/suites/start runs it).

Cold start of a whole process, spawn to exit as a shell sees it, of
`plinth run Hello` (a partition), `plinth run --hosted Hello` (the hosted
JVM process) and `java Hello` (OpenJDK 17, default flags), round-robin so a
noisy neighbour hurts all alike; medians, ratios against java, peak RSS
(GNU time), and from `plinth run --stats`: exits per run, guest pages
touched and where plinth's time goes."""

import os
import re
import shutil
import statistics
import subprocess
import sys
import time

B = "build"
CP = B + "/bench/start"
RUNS = int(os.environ.get("START_RUNS", "40"))

CMDS = [
    ("plinth run", [B + "/plinth", "run", "-cp", CP, "Hello"]),
    ("plinth run --hosted", [B + "/plinth", "run", "--hosted", "-cp", CP, "Hello"]),
    ("java", [shutil.which("java") or "java", "-cp", CP, "Hello"]),
]


def once(argv):
    t0 = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                                       (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    _, status, _ = os.wait4(pid, 0)
    t = time.perf_counter_ns() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("start: %s failed (exit %d)" % (" ".join(argv), os.waitstatus_to_exitcode(status)))
    return t


def peak_rss(argv):
    if not os.path.exists("/usr/bin/time"):
        return None
    vals = []
    for _ in range(5):
        p = subprocess.run(["/usr/bin/time", "-f", "RSS %M"] + argv, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL)
        m = re.search(r"RSS (\d+)", p.stderr)
        if m:
            vals.append(int(m.group(1)))
    return statistics.median(vals) if vals else None


def main():
    r = subprocess.run([B + "/plinth", "run", "-cp", CP, "Hello"], capture_output=True, text=True)
    if r.stdout != "Hello, world\n":
        sys.exit("start: plinth run Hello printed %r (stderr %r)" % (r.stdout, r.stderr[:200]))
    times = {name: [] for name, _ in CMDS}
    for _ in range(3):
        for _, argv in CMDS:
            once(argv)
    for _ in range(RUNS):
        for name, argv in CMDS:
            times[name].append(once(argv))
    med = {k: statistics.median(v) / 1e6 for k, v in times.items()}
    rss = {name: peak_rss(argv) for name, argv in CMDS}
    print("start: median whole-process time of Hello, %d runs each, round-robin" % RUNS)
    for name, _ in CMDS:
        print("  %-22s %7.2f ms   peak RSS %s" % (
            name, med[name], "%.1f MiB" % (rss[name] / 1024) if rss[name] else "n/a"))
    j = med["java"]
    p = med["plinth run"]
    print("  plinth run / java          = 1/%.1f of java's time  (aim: 1/10 or better)" % (j / p))
    print("  plinth run --hosted / java = 1/%.1f" % (j / med["plinth run --hosted"]))
    if rss["plinth run"] and rss["java"]:
        print("  peak RSS plinth run / java = 1/%.1f  (aim: 1/6 or better)" % (rss["java"] / rss["plinth run"]))

    phases, exits, pages, kvm = {}, [], [], []
    for _ in range(15):
        st = subprocess.run([B + "/plinth", "run", "--stats", "-cp", CP, "Hello"],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL).stderr
        ex = re.search(r"exits (\d+) \((.*)\)", st)
        pg = re.search(r"pages touched (\d+) \(monitor (\d+) before entry, "
                       r"of which (\d+) pre-faulted for the guest; guest (\d+) after\)", st)
        kv = re.search(r"KVM counted (\d+) exits, (\d+) of them guest page faults", st)
        us = re.search(r"us: (.*)", st)
        if not (ex and pg and us):
            sys.exit("start: no --stats output: %r" % st[:300])
        exits.append((int(ex.group(1)), ex.group(2)))
        pages.append((int(pg.group(2)), int(pg.group(3)), int(pg.group(4))))
        if kv:
            kvm.append((int(kv.group(1)), int(kv.group(2))))
        for name, v in re.findall(r"([A-Za-z+ ]+) (\d+)(?:,|$)", us.group(1)):
            phases.setdefault(name.strip(), []).append(int(v))
    print("  exits to the monitor per run: %d (%s)" % exits[-1])
    if kvm:
        print("  exits KVM handled per run (median): %d, of which %d guest page faults" % (
            statistics.median(k[0] for k in kvm), statistics.median(k[1] for k in kvm)))
    print("  pages touched (median): monitor %d before entry, of which %d pre-faulted "
          "for the guest; guest %d after" % tuple(
              statistics.median(p[i] for p in pages) for i in range(3)))
    print("  inside plinth (median us): " + ", ".join(
        "%s %d" % (k, statistics.median(v)) for k, v in phases.items()))


if __name__ == "__main__":
    main()
