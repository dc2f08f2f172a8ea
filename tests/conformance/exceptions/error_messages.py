# Messages of common runtime errors, exactly as CPython prints them.
import sys
class A(object):
    x = 1
def attempt(label, fn):
    try:
        fn()
        print label, 'no error'
    except Exception as e:
        print '%s -> %s: %s' % (label, type(e).__name__, e)
try:
    print undefined_at_module_level
except NameError as e:
    print 'module level ->', e
attempt('name', lambda: undefined_name)
attempt('attr', lambda: A().y)
attempt('class attr', lambda: A.y)
attempt('int attr', lambda: (5).foo)
attempt('str attr', lambda: 'abc'.nosuch)
attempt('None attr', lambda: None.x)
attempt('list attr', lambda: [].push)
attempt('module attr', lambda: sys.nosuch)
attempt('add', lambda: 1 + 'a')
attempt('call int', lambda: 1())
attempt('call str', lambda: 'x'())
attempt('key', lambda: {}['k'])
attempt('int key', lambda: {1: 2}[3])
attempt('index', lambda: [][0])
attempt('tuple index', lambda: ()[0])
attempt('str index', lambda: ''[0])
attempt('subscript int', lambda: (5)[0])
attempt('subscript None', lambda: None[0])
attempt('item assign tuple', lambda: ().__setitem__(0, 1))
attempt('iter int', lambda: iter(5))
attempt('int()', lambda: int('abc'))
attempt('int(None)', lambda: int(None))
attempt('float()', lambda: float('x'))
attempt('chr', lambda: chr(256))
attempt('unpack', lambda: [a for a, b in [(1, 2, 3)]])
attempt('hash list', lambda: hash([]))
attempt('sum str', lambda: sum(['a', 'b']))
attempt('getattr', lambda: getattr(A(), 'missing'))
attempt('range float', lambda: range(1.5))
attempt('xrange zero step', lambda: xrange(0, 5, 0))
attempt('range zero step', lambda: range(0, 5, 0))
attempt('ord', lambda: ord('ab'))
attempt('compare call', lambda: sorted([1, 2], cmp=lambda a, b: 'x'))
def local_unbound():
    v = v + 1
attempt('unbound local', local_unbound)
