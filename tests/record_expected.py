#!/usr/bin/env python3
"""Record expected outputs for the conformance suite using CPython 2.7.18.

Usage (from anywhere):
    python3 tests/record_expected.py                 # re-record everything
    python3 tests/record_expected.py strings/methods.py 'lists/*.py'

For every test script (any tests/conformance/**/*.py whose file name does not
start with '_'), run `env PYENV_VERSION=2.7.18 python <name>.py [args]` with
cwd = the script's directory, stdin from <name>.stdin (or /dev/null), and write
  <name>.out     stdout (always)
  <name>.err     stderr (only when non-empty; a stale one is removed)
  <name>.status  exit code (only when non-zero; a stale one is removed)

A script may start with a comment line `# args: a b c` giving its arguments.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "conformance")
TIMEOUT = 60


def is_test(path):
    return path.endswith(".py") and not os.path.basename(path).startswith("_")


def all_tests():
    found = []
    for dirpath, _dirs, files in os.walk(ROOT):
        for f in files:
            p = os.path.join(dirpath, f)
            if is_test(p):
                found.append(p)
    return sorted(found)


def script_args(path):
    with open(path, "rb") as f:
        first = f.readline().decode("latin-1").strip()
    if first.startswith("# args:"):
        return first[len("# args:"):].split()
    return []


def header_value(path, key):
    """The text after `# minipy-test: KEY=` in the leading comment lines, or None."""
    prefix = "# minipy-test: %s=" % key
    with open(path, "rb") as f:
        for line in f:
            line = line.decode("latin-1").strip()
            if not line.startswith("#"):
                break
            if line.startswith(prefix):
                return line[len(prefix):]
    return None


def interp_flags(path):
    """Options from a `# minipy-test: flags=-t -3` leading comment line."""
    value = header_value(path, "flags")
    return value.split() if value is not None else []


def ulimit_v(path):
    """N from a `# minipy-test: ulimit-v=N` leading comment line, or None."""
    value = header_value(path, "ulimit-v")
    return int(value) if value is not None else None


def select(patterns):
    chosen = set()
    for pat in patterns:
        candidates = [pat, os.path.join(ROOT, pat)]
        matched = False
        for cand in candidates:
            for p in glob.glob(cand, recursive=True):
                p = os.path.abspath(p)
                if os.path.isdir(p):
                    for q in all_tests():
                        if q.startswith(p + os.sep):
                            chosen.add(q)
                            matched = True
                elif is_test(p):
                    chosen.add(p)
                    matched = True
            if matched:
                break
        if not matched:
            sys.exit("no test matches %r" % pat)
    return sorted(chosen)


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def oracle_env():
    env = dict(os.environ)
    # When this script itself runs through a pyenv shim, pyenv puts the
    # python3 version's bin directory first on PATH; drop such entries so that
    # `python` resolves to the shim again and honours PYENV_VERSION.
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep)
        if "/.pyenv/versions/" not in p and "/pyenv/versions/" not in p)
    env["PYENV_VERSION"] = "2.7.18"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def check_oracle():
    out = subprocess.run(["python", "-c", "import sys; print(sys.version.split()[0])"],
                         env=oracle_env(), stdout=subprocess.PIPE, check=True)
    version = out.stdout.decode().strip()
    if version != "2.7.18":
        sys.exit("`env PYENV_VERSION=2.7.18 python` runs Python %s, not 2.7.18" % version)


def record(path):
    directory, name = os.path.split(path)
    base = path[:-3]
    env = oracle_env()
    stdin_path = base + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        argv = ["python"] + interp_flags(path) + [name] + script_args(path)
        kib = ulimit_v(path)
        if kib is not None:
            argv = ["sh", "-c", 'ulimit -v %d && exec "$0" "$@"' % kib] + argv
        proc = subprocess.run(
            argv,
            cwd=directory,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    write_or_remove(base + ".err", proc.stderr)
    write_or_remove(base + ".status",
                    ("%d\n" % proc.returncode).encode() if proc.returncode else b"")
    return proc.returncode


def main():
    check_oracle()
    tests = select(sys.argv[1:]) if len(sys.argv) > 1 else all_tests()
    for path in tests:
        rc = record(path)
        rel = os.path.relpath(path, ROOT)
        print("%-50s status %d" % (rel, rc))
    print("recorded %d test(s)" % len(tests))


if __name__ == "__main__":
    main()
