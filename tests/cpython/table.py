#!/usr/bin/env python3
"""Runs CPython's test files under CPython 2.7 and under minipy (each with our
stand-in test_support and driver) and prints, per file, how many tests pass
under each.

    python3 tests/cpython/table.py [--minipy PATH] [--markdown] [test_x ...]
"""

import argparse
import os
import sys

import common


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--minipy', help='minipy binary (default: newest of target/release, target/quick)')
    ap.add_argument('--markdown', action='store_true', help='print a Markdown table')
    ap.add_argument('names', nargs='*', help='only these test files')
    args = ap.parse_args()

    found = common.find_cpython()
    if found is None:
        sys.exit('no CPython 2.7 found')
    command, extra, libtest = found
    minipy = os.path.abspath(args.minipy) if args.minipy else common.default_minipy()
    names = set(args.names) or None
    skip = common.read_id_list('skip.txt')

    print('CPython 2.7:', file=sys.stderr)
    ref = common.run_all(command, extra, libtest, names=names)
    print('minipy:', file=sys.stderr)
    ours = common.run_all([minipy], {}, libtest, skip_ids=skip, names=names)

    rows = []
    for name, _ in common.read_files_list():
        if names and name not in names:
            continue
        c = sum(1 for o in ref[name][0].values() if o == 'pass')
        m = sum(1 for o in ours[name][0].values() if o == 'pass')
        notes = ours[name][1]
        note = notes[0].split('\n')[0] if notes else ''
        if note.startswith('import error'):
            lines = [l for l in notes[0].split('\n') if l.strip()]
            note = 'import error: ' + lines[-1].strip()
        rows.append((name, c, m, note))
    tc, tm = sum(r[1] for r in rows), sum(r[2] for r in rows)
    if args.markdown:
        print('| file | CPython 2.7 | minipy | note |')
        print('| --- | ---: | ---: | --- |')
        for name, c, m, note in rows:
            print('| %s | %d | %d | %s |' % (name, c, m, note.replace('|', '\\|')))
        print('| **total** | **%d** | **%d** | |' % (tc, tm))
    else:
        print('%-20s %8s %8s  %s' % ('file', 'CPython', 'minipy', 'note'))
        for name, c, m, note in rows:
            print('%-20s %8d %8d  %s' % (name, c, m, note[:90]))
        print('%-20s %8d %8d' % ('total', tc, tm))


if __name__ == '__main__':
    main()
