# `while local cmp constant:` runs its test at the top once and at the
# bottom of the body afterwards; an error in the test still points at the
# `while` line, and break/continue/else behave as in CPython.
class Flaky(object):
    def __init__(self):
        self.n = 0
    def __gt__(self, other):
        self.n += 1
        if self.n == 3:
            raise ValueError('compare %d' % self.n)
        return True

def spin():
    f = Flaky()
    count = 0
    while f > 0:
        count += 1
        count += 1
    return count

def loops():
    out = []
    i = 0
    while i < 10:
        i += 1
        if i == 2:
            continue
        if i == 7:
            break
        out.append(i)
    else:
        out.append('else-not-run')
    j = 5
    while j > 0:
        j -= 2
    else:
        out.append(('else', j))
    k = 0
    while k == 1:
        out.append('never')
    x = 'a'
    while x != 'aaaa':
        x += 'a'
    out.append(x)
    return out

print loops()
import traceback
try:
    spin()
except ValueError:
    traceback.print_exc()
