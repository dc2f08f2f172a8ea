# Python 2 orders objects of different types: None is smallest, numbers come
# before other types, and other types are ordered by type name.
print None < 0, None < -10 ** 30, None < '', None < [], None < ()
print 1 < 'a', 10 ** 30 < '', 1.5 < [], 0 < {}
print [] < '', '' < (), {} < [], [] < ()
print sorted([3, 'b', None, 1.5, [1], (2,), 'a', {}, 2L])
print max(1, 'a'), min([], 5), max(None, 0)
print cmp(None, 0), cmp('a', 1), cmp([], ())
