#!/usr/bin/env python3
"""Times two whole commands in turn (A B A B ...) and prints medians and the paired ratio A/B.

Each run's wall time is read around the child; its CPU time (user + system) and peak memory come from the
operating system's accounting of the finished child (os.wait4). Output is thrown away; any exit code counts
as a finished run (`agreement-diff compare` exits 1 when the agreements differ). Python 3 standard library only.

    python3 whole_process.py -n 10 --a 'agreement-diff compare L R --format json' --b 'python3 naive_align.py L R'
"""
import argparse
import os
import shlex
import statistics
import subprocess
import time


def run(argv):
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak MiB": usage.ru_maxrss / 1024,
            "exit": child.returncode}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", required=True, help="the command measured")
    parser.add_argument("--b", required=True, help="the baseline")
    parser.add_argument("-n", type=int, default=10, help="counted runs of each (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted runs of each first (default 1)")
    args = parser.parse_args()
    a, b = shlex.split(args.a), shlex.split(args.b)
    for _ in range(args.warmup):
        run(a), run(b)
    pairs = [(run(a), run(b)) for _ in range(args.n)]
    print(f"A = {args.a}\nB = {args.b}\n{args.n} runs each, in turn; exit codes A {sorted({p[0]['exit'] for p in pairs})}"
          f", B {sorted({p[1]['exit'] for p in pairs})}\n{'':12}{'min':>9}{'median':>9}{'max':>9}")
    for side, name in ((0, "A"), (1, "B")):
        for key in ("wall", "cpu", "peak MiB"):
            values = [p[side][key] for p in pairs]
            print(f"{name} {key:<10}" + "".join(f"{v:9.3f}" for v in (min(values), statistics.median(values), max(values))))
    for key in ("wall", "cpu"):
        ratios = [p[0][key] / p[1][key] for p in pairs if p[1][key] > 0]
        print(f"A/B {key:<8}" + "".join(f"{v:9.2f}" for v in (min(ratios), statistics.median(ratios), max(ratios))))


if __name__ == "__main__":
    main()
