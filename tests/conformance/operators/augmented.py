# Augmented assignment on every operator, with ints, lists, strings.
x = 10
x += 5; print x
x -= 3; print x
x *= 4; print x
x /= 5; print x
x //= 2; print x
x %= 3; print x
x = 3
x **= 3; print x
x <<= 2; print x
x >>= 1; print x
x &= 0x3c; print x
x |= 1; print x
x ^= 0xff; print x
f = 7.0
f /= 2; print f
f //= 2; print f
s = 'ab'
s += 'cd'; print s
s *= 2; print s
l = [1]
alias = l
l += [2, 3]
print l, alias, l is alias
l *= 2
print alias
t = (1,)
t2 = t
t += (2,)
print t, t2
d = {'k': 1}
d['k'] += 10
print d['k']
lst = [1, 2, 3]
lst[1] *= 7
lst[-1] -= 1
print lst
class C(object):
    pass
c = C()
c.v = 1
c.v += 41
print c.v
i = 0
count = [0]
def idx():
    count[0] += 1
    return 0
arr = [5]
arr[idx()] += 1
print arr, count
