# generator.throw() argument checking: what may be thrown, instance plus
# value, and a third argument that is not a traceback.
def g():
    try:
        yield 1
    except Exception as e:
        yield 'caught %r' % (e,)
for args in [(5,), ('str',), (None,), (ValueError, 'v'), (ValueError('i'),), (ValueError('i'), 'sep'), (ValueError, 'v', 5), (ValueError, None, None), (ValueError, ('a', 'b'))]:
    it = g()
    it.next()
    try:
        print args, it.throw(*args)
    except TypeError as e:
        print args, 'TypeError', e
    except ValueError as e:
        print args, 'ValueError', e
