# shelve over anydbm/dumbdbm: values pickled into files, writeback, closing, whichdb,
# the dumbdbm files themselves and its refusal to evaluate a forged index.
import os, shelve, dumbdbm, anydbm, whichdb, tempfile, shutil

d = tempfile.mkdtemp()
try:
    base = os.path.join(d, 'db')
    print whichdb.whichdb(base)
    try:
        anydbm.open(base, 'r')
    except anydbm.error as e:
        print 'anydbm.error', e
    s = shelve.open(base)
    s['list'] = [1, 2, 3]
    s['dict'] = {'a': (1, 2.5, u'\xe9')}
    s['list'].append(4)          # not written back
    print sorted(s.keys()), s['list'], len(s), 'list' in s, s.get('nope', 'dflt')
    del s['dict']
    s.close()
    print repr(s.dict)
    try:
        s['x']
    except ValueError as e:
        print 'ValueError', e
    print sorted(os.listdir(d)), whichdb.whichdb(base)
    s = shelve.open(base, writeback=True)
    s['list'].append(5)
    s['n'] = 'x' * 1000
    s.sync()
    print s['list'], len(s['n'])
    s.close()
    s = shelve.open(base, 'r')
    print s['list'], sorted(s)
    s.close()

    db = dumbdbm.open(os.path.join(d, 'raw'))
    db['k1'] = 'short'
    db['k2'] = 'v' * 600
    db['k1'] = 'also short'      # fits its block: rewritten in place
    db['k2'] = 'w' * 2000        # grows: appended
    print sorted(db.keys()), db['k1'], len(db['k2']), db.has_key('k2'), len(db)
    try:
        db[1] = 'x'
    except TypeError as e:
        print 'TypeError', e
    db.close()
    print open(os.path.join(d, 'raw.dir')).read().count('\n'), os.path.getsize(os.path.join(d, 'raw.dat'))
    with open(os.path.join(d, 'evil.dir'), 'w') as f:
        f.write("str(__import__('sys').stdout.write('Hacked!')), 0\n")
    try:
        dumbdbm.open(os.path.join(d, 'evil'))
    except ValueError as e:
        print 'ValueError raised'
    m = shelve.Shelf({}, protocol=2)
    m['a'] = range(3)
    print m['a'], m.dict['a'][:2] == '\x80\x02'
finally:
    shutil.rmtree(d)
