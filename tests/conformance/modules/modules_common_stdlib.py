# Frequently imported pure-Python stdlib modules: heapq, bisect, StringIO, types.
import heapq, bisect, StringIO, types
h = [5, 1, 4, 2]
heapq.heapify(h)
print heapq.heappop(h), heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(1, 'abc')
a = [1, 3, 5]
bisect.insort(a, 4)
print a, bisect.bisect_left(a, 3), bisect.bisect(a, 3)
s = StringIO.StringIO()
s.write('hello ')
print >>s, 'world'
print repr(s.getvalue())
print type(len) is types.BuiltinFunctionType, isinstance(lambda: 0, types.FunctionType)
