#!/usr/bin/env python3
"""Runs CPython's test files under minipy and adds every passing test id to
expected_passes.txt (the list only grows: ids that no longer pass are kept,
and named, since tests/cpython.rs fails on them).

    python3 tests/cpython/update_expected.py [--minipy PATH] [test_x ...]
"""

import argparse
import os
import sys

import common


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--minipy', help='minipy binary (default: newest of target/release, target/quick)')
    ap.add_argument('names', nargs='*', help='only these test files')
    args = ap.parse_args()

    found = common.find_cpython()
    if found is None:
        sys.exit('no CPython 2.7 found')
    libtest = found[2]
    minipy = os.path.abspath(args.minipy) if args.minipy else common.default_minipy()
    names = set(args.names) or None
    expected = set(common.read_id_list('expected_passes.txt'))
    results = common.run_all([minipy], {}, libtest, skip_ids=common.read_id_list('skip.txt'), names=names)

    passing = set()
    for outcomes, _ in results.values():
        passing.update(i for i, o in outcomes.items() if o == 'pass')
    lost = sorted(i for i in expected if common.file_of(i) in results and i not in passing)
    new = sorted(passing - expected)
    with open(os.path.join(common.HERE, 'expected_passes.txt'), 'w') as f:
        f.write(''.join(i + '\n' for i in sorted(expected | passing)))
    print('%d ids added, %d listed in all' % (len(new), len(expected | passing)))
    for i in lost:
        print('listed but not passing now:', i)


if __name__ == '__main__':
    main()
