"""Shared by table.py and update_expected.py (Python 3): lays out CPython's
test files with our stand-in test_support and driver in a temporary folder,
and runs them under an interpreter, one process per file, as tests/cpython.rs
does for `cargo test`.  See tests/README.md."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 300          # seconds for one attempt at one file (as tests/cpython.rs)
ATTEMPTS = 4           # a crash or timeout in a test: rerun without it
OUTCOMES = ('pass', 'fail', 'error', 'skip', 'xfail', 'xpass', 'crash', 'timeout')

CPYTHON_CANDIDATES = [
    (['python2.7'], {}),
    (['python'], {'PYENV_VERSION': '2.7.18'}),
    (['python2.7'], {'PYENV_VERSION': '2.7.18'}),
]


def find_cpython():
    """(command, extra environment, Lib/test folder) of an installed CPython
    2.7, or None."""
    probe = 'import sys, test, os; assert sys.version_info[:2] == (2, 7); print os.path.dirname(test.__file__)'
    for command, extra in CPYTHON_CANDIDATES:
        env = dict(os.environ, **extra)
        try:
            done = subprocess.run(command + ['-c', probe], env=env, capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and done.stdout.strip():
            return command, extra, done.stdout.decode().strip()
    return None


def read_files_list():
    """[(test name, [needed files])] from files.txt."""
    entries = []
    with open(os.path.join(HERE, 'files.txt')) as f:
        for line in f:
            line = line.split('#', 1)[0].split()
            if line:
                entries.append((line[0], line[1:]))
    return entries


def read_id_list(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def file_of(test_id):
    """The test file a test id belongs to (test_int.X.y or test_int:x.y)."""
    for i, ch in enumerate(test_id):
        if ch in '.:':
            return test_id[:i]
    return test_id


def lay_out(libtest):
    """A temporary folder holding lib/ (driver, test package with our
    stand-in and CPython's files) and work/ (one working folder per file)."""
    root = tempfile.mkdtemp(prefix='minipy-cpython-tests-')
    lib = os.path.join(root, 'lib')
    shutil.copytree(os.path.join(HERE, 'lib'), lib)
    pkgtests = []
    for name, needs in read_files_list():
        for item in [name + '.py'] + needs:
            if item.startswith('pkgtest:'):
                # A test package inside CPython's Lib, loaded from there by
                # the driver (see driver.py), never copied.
                rel = item[len('pkgtest:'):].strip('/')
                folder = os.path.join(os.path.dirname(libtest), rel)
                pkgtests.append('%s %s %s\n' % (name, rel.replace('/', '.'), folder))
                continue
            src = os.path.join(libtest, item)
            dst = os.path.join(lib, 'test', item)
            if os.path.isdir(src):
                if not os.path.exists(dst):
                    shutil.copytree(src, dst)
            else:
                shutil.copyfile(src, dst)
    with open(os.path.join(lib, 'pkgtests.txt'), 'w') as f:
        f.write(''.join(pkgtests))
    os.mkdir(os.path.join(root, 'work'))
    return root


def parse_results(text):
    """{id: outcome} and the id of a test that started but never ended."""
    outcomes, running = {}, None
    for line in text.splitlines():
        kind, _, rest = line.partition(' ')
        if kind == 'run':
            running = rest
        elif kind in OUTCOMES:
            # A test run twice keeps its worst outcome.
            if outcomes.get(rest) not in (None, 'pass', 'skip'):
                continue
            outcomes[rest] = kind
            if rest == running:
                running = None
    return outcomes, running


def run_file(root, name, command, extra_env, skip_ids):
    """Runs one test file; returns ({id: outcome}, [notes])."""
    work = os.path.join(root, 'work', name)
    os.makedirs(work, exist_ok=True)
    results = os.path.join(root, 'work', name + '.results')
    skipfile = os.path.join(root, 'work', name + '.skip')
    skip = set(i for i in skip_ids if file_of(i) == name)
    open(results, 'w').close()
    outcomes, notes = {}, []
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', **extra_env)
    for attempt in range(ATTEMPTS):
        with open(skipfile, 'w') as f:
            f.write(''.join(i + '\n' for i in sorted(skip | set(outcomes))))
        start = len(open(results).read())
        try:
            done = subprocess.run(command + [os.path.join(root, 'lib', 'driver.py'), name, results, skipfile],
                                  cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT)
            failure = None if done.returncode == 0 else 'crash'
            stderr = done.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired:
            failure, stderr = 'timeout', ''
        text = open(results).read()[start:]
        got, running = parse_results(text)
        outcomes.update(got)
        if 'import-error' in text.splitlines():
            notes.append('import error:\n' + '\n'.join(l[2:] for l in text.splitlines() if l.startswith('| ')))
        if failure is None:
            if 'done' not in text.splitlines():
                notes.append('driver exited before the end')
            break
        notes.append('%s (%s)%s' % (failure, running or 'outside any test', ':\n' + stderr[-2000:] if stderr else ''))
        if running is None:
            break
        outcomes[running] = failure
    return outcomes, notes


def run_all(command, extra_env, libtest, skip_ids=(), names=None, jobs=2, progress=True):
    """{file: ({id: outcome}, notes)} for every listed file (or `names`)."""
    root = lay_out(libtest)
    try:
        todo = [n for n, _ in read_files_list() if names is None or n in names]
        results = {}

        def one(name):
            t = time.time()
            results[name] = run_file(root, name, command, extra_env, skip_ids)
            if progress:
                passed = sum(1 for o in results[name][0].values() if o == 'pass')
                print('  %-20s %5d passed  %5.1fs' % (name, passed, time.time() - t), file=sys.stderr)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, todo))
        return results
    finally:
        shutil.rmtree(root, ignore_errors=True)


def default_minipy():
    """The newest of target/release/minipy and target/quick/minipy."""
    found = [os.path.join(REPO, 'target', p, 'minipy') for p in ('release', 'quick')]
    found = [p for p in found if os.path.exists(p)]
    if not found:
        sys.exit('no minipy binary: build it or pass --minipy PATH')
    return max(found, key=os.path.getmtime)
