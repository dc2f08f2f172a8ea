import repr as reprmod
r = reprmod.repr
print r('x' * 100), r(range(100)), r(tuple(range(3))), r((1,)), r({i: str(i) for i in range(10)}), r(set(range(20))), r(frozenset([3, 1]))
print r(10 ** 50), r([[[[[[[[1]]]]]]]]), r({}), r([]), r(()), r(12), r(object)[:15], r('ab')
rr = reprmod.Repr(); rr.maxlist = 2; rr.maxstring = 10; rr.maxlevel = 1
print rr.repr([1, [2, 3], 'abcdefghijklmnop']), rr.repr(['abcdefghijklmnop']), rr.repr({1: [1]})
