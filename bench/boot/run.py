"""The boot benchmark's driver (bench/suites/boot runs it).

Runs every command RUNS times, round-robin so that a noisy neighbour hurts
all of them alike, and reports each one's median wall time (fork+exec to
exit, as a shell sees it) and the ratios the issue asks for.  Also boots
the minimal guest once with --stats (exits, pages touched, where the time
goes) and once per command under wait4 for peak RSS."""

import os
import re
import shutil
import statistics
import subprocess
import sys
import time

B = "build"
MIN = B + "/bench/boot/min.elf"
PVH = B + "/bench/boot/pvh.elf"
RUNS = int(os.environ.get("BOOT_RUNS", "200"))
QEMU_RUNS = int(os.environ.get("BOOT_QEMU_RUNS", "20"))

QEMU = ["qemu-system-x86_64", "-M", "microvm", "-accel", "kvm", "-m", "16M",
        "-nodefaults", "-no-user-config", "-nographic", "-display", "none",
        "-kernel", PVH, "-device", "isa-debug-exit,iobase=0xf4,iosize=1"]

CMDS = [
    ("/bin/true", ["/bin/true"], 0, RUNS),
    ("bare KVM program", [B + "/bench/boot/bare"], 0, RUNS),
    ("plinth boot", [B + "/plinth", "boot", MIN], 0, RUNS),
]
if shutil.which(QEMU[0]):
    # isa-debug-exit turns the guest's 0 into QEMU's status 1.
    CMDS.append(("qemu microvm (PVH)", QEMU, 1, QEMU_RUNS))


def once(argv, want):
    t0 = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0] if argv[0].startswith(("/", "build"))
                         else shutil.which(argv[0]), argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull,
                                        os.O_WRONLY, 0),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull,
                                        os.O_WRONLY, 0)])
    _, status, ru = os.wait4(pid, 0)
    t = time.perf_counter_ns() - t0
    rc = os.waitstatus_to_exitcode(status)
    if rc != want:
        sys.exit("boot: %s exited %d, expected %d" % (argv, rc, want))
    return t, ru.ru_maxrss


def peak_rss(argv, want):
    """Peak RSS in KiB, from GNU time (a child we spawn ourselves would
    report our own RSS as its peak); None without /usr/bin/time."""
    if not os.path.exists("/usr/bin/time"):
        return None
    p = subprocess.run(["/usr/bin/time", "-f", "RSS %M"] + argv,
                       capture_output=True, text=True)
    m = re.search(r"RSS (\d+)", p.stderr)
    return int(m.group(1)) if m else None


def main():
    times = {name: [] for name, *_ in CMDS}
    rss = {}
    for name, argv, want, n in CMDS[:3]:  # warm-up: page cache, KVM modules
        for _ in range(5):
            once(argv, want)
    # QEMU's runs come after the others': a VM torn down in the background
    # after QEMU exits slows the next KVM_CREATE_VM of whatever runs next.
    for i in range(RUNS):
        for name, argv, want, n in CMDS[:3]:
            times[name].append(once(argv, want)[0])
    for name, argv, want, n in CMDS[3:]:
        for i in range(n + 2):            # two warm-up runs
            if i < 2:
                once(argv, want)
                continue
            times[name].append(once(argv, want)[0])
    for name, argv, want, n in CMDS:
        rss[name] = peak_rss(argv, want)
    med = {k: statistics.median(v) / 1e6 for k, v in times.items()}

    print("boot: median whole-process time, %d runs each round-robin, "
          "then QEMU %d runs" % (RUNS, QEMU_RUNS))
    for name, *_ in CMDS:
        print("  %-20s %7.2f ms   peak RSS %s" % (
            name, med[name], "%.1f MiB" % (rss[name] / 1024)
            if rss[name] else "n/a"))
    p, bare = med["plinth boot"], med["bare KVM program"]
    print("  plinth / bare KVM program   = %.2fx  (aim <= 1.25x)" % (p / bare))
    print("  plinth / /bin/true          = %.2fx" % (p / med["/bin/true"]))
    if "qemu microvm (PVH)" in med:
        q = med["qemu microvm (PVH)"]
        print("  plinth / qemu microvm       = 1/%.0f  (aim < 1/20)" % (q / p))

    st = subprocess.run([B + "/plinth", "boot", "--stats", MIN],
                        capture_output=True, text=True).stderr
    ex = re.search(r"exits (\d+)", st)
    pg = re.search(r"pages touched (\d+) \(monitor (\d+) before entry, "
                   r"guest (\d+) after\)", st)
    if ex and pg:
        print("  exits per boot: %s; guest pages touched: %s (the monitor "
              "wrote %s before entry)" % (ex.group(1), pg.group(3),
                                          pg.group(2)))
    # Where plinth's own time goes: median of each --stats phase.
    phases = {}
    for _ in range(30):
        st = subprocess.run([B + "/plinth", "boot", "--stats", MIN],
                            capture_output=True, text=True).stderr
        for name, v in re.findall(r"([A-Za-z+ ]+) (\d+)(?:,|$)",
                                  re.search(r"us: (.*)", st).group(1)):
            phases.setdefault(name.strip(), []).append(int(v))
    print("  inside plinth (median us): " + ", ".join(
        "%s %d" % (k, statistics.median(v)) for k, v in phases.items()))


if __name__ == "__main__":
    main()
