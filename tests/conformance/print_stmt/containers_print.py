# print of nested containers uses repr for elements.
print ['a', "b'c", 'd"e', 1, 1.5, None]
print [[1, [2, [3]]], ('x', ('y',)), [{}, set()]]
print {'key': ['v1', ('v2',)]}
print [u'abc'.encode('ascii')], ['\n', '\t', '\\']
print [True, False], [None], [[], ()], [1L], [-0.0]
print ('single',), (), ((),), ([],)
d = {1: 'one'}
print d, [d], (d,)
class R(object):
    def __repr__(self):
        return 'R!'
    def __str__(self):
        return 'Rstr'
print R(), [R()], (R(), R()), {1: R()}
