#!/usr/bin/env python3
"""Run the classic benchmarks of benches/ under an interpreter and CPython 2.7.

Usage: python3 benches/run_classic.py [--runs N] [--only a,b] INTERPRETER

Each benchmark runs N times (default 3) under both interpreters, alternating;
the outputs (checksums) must be equal. Prints the median wall time of each
and the ratio minipy/CPython (below 1 means faster), then the geometric mean.
Set CPYTHON to choose the reference interpreter (default: pyenv's 2.7.18).
"""
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCHES = ["richards", "nbody", "spectral_norm", "fannkuch", "float_bench", "nqueens"]


def run(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit("%s failed:\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    return dt, p.stdout


def main():
    args = sys.argv[1:]
    runs, only = 3, None
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--runs":
            runs = int(args.pop(0))
        elif opt == "--only":
            only = args.pop(0).split(",")
        else:
            sys.exit(__doc__)
    if len(args) != 1:
        sys.exit(__doc__)
    ours = args[0]
    ref = os.environ.get("CPYTHON")
    if not ref:
        # Under pyenv, a python3 started through a shim has its own bin
        # folder first on PATH: name 2.7's interpreter by its path.
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, text=True).stdout.strip()
        cand = os.path.join(root, "versions", "2.7.18", "bin", "python")
        ref = cand if os.path.exists(cand) else "python2.7"
    ref_cmd = [ref]
    ratios = []
    print("%-14s %9s %9s %7s" % ("benchmark", "ours (s)", "2.7 (s)", "ratio"))
    for name in only or BENCHES:
        path = os.path.join(HERE, name + ".py")
        mine, theirs = [], []
        for _ in range(runs):
            dt, out_ref = run(ref_cmd + [path])
            theirs.append(dt)
            dt, out = run([ours, path])
            mine.append(dt)
            if out != out_ref:
                sys.exit("%s: checksum differs\n ours: %r\n 2.7:  %r" % (name, out, out_ref))
        a, b = statistics.median(mine), statistics.median(theirs)
        ratios.append(a / b)
        print("%-14s %9.3f %9.3f %7.2f" % (name, a, b, a / b))
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print("%-14s %27.2f" % ("geomean", geo))


if __name__ == "__main__":
    main()
