# bdb: which events a Bdb subclass sees while stepping, nexting and
# continuing to breakpoints; breakpoint bookkeeping and its messages.
import bdb
import sys
import os


def inner(n):
    total = 0
    for i in range(n):
        total += i
    return total


def outer():
    a = inner(3)
    b = inner(2)
    return a + b


class Recorder(bdb.Bdb):
    def __init__(self, plan):
        bdb.Bdb.__init__(self)
        self.plan = list(plan)
        self.seen = []

    def _record(self, what, frame, extra=None):
        line = frame.f_lineno - frame.f_code.co_firstlineno
        self.seen.append((what, frame.f_code.co_name, line, extra))
        if self.plan:
            step = self.plan.pop(0)
        else:
            step = 'continue'
        if step == 'step':
            self.set_step()
        elif step == 'next':
            self.set_next(frame)
        elif step == 'return':
            self.set_return(frame)
        elif step == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        self._record('call', frame)

    def user_line(self, frame):
        self._record('line', frame)

    def user_return(self, frame, value):
        self._record('return', frame, value)

    def user_exception(self, frame, info):
        self._record('exception', frame, info[0].__name__)

    def do_clear(self, arg):
        self.seen.append(('clear', arg))
        self.clear_bpbynumber(arg)


for plan in (['step'] * 6, ['next'] * 6, ['step', 'step', 'return', 'next'], ['quit']):
    r = Recorder(plan)
    r.runcall(outer)
    print plan[0], len(plan)
    for entry in r.seen:
        print '   ', entry

# Breakpoints: by line, temporary, conditional, ignore counts.
fname = __file__


def here(msg):
    # messages name the script's absolute path, which depends on the checkout
    return msg.replace(os.path.abspath(fname), '<script>') if msg else msg


r = Recorder([])
first = inner.func_code.co_firstlineno
print r.set_break(fname, first + 3)
print r.set_break(fname, first + 3, temporary=1)
print here(r.set_break(fname, 100000))
bp = bdb.Breakpoint.bpbynumber[1]
bp.ignore = 2
r2 = bdb.Breakpoint.bpbynumber[2]
r2.cond = 'i == 1'
r.set_step()
r.runcall(outer)
for entry in r.seen[:12]:
    print '   ', entry
print [(b.number, b.hits, b.ignore) for b in bdb.Breakpoint.bpbynumber if b]
print r.clear_bpbynumber('x')
print r.clear_bpbynumber(99)
print r.clear_bpbynumber(2)
print here(r.clear_break(fname, 1))
print r.clear_break('nofile.py', 1).replace(os.getcwd(), '.')
print r.get_all_breaks() == {r.canonic(fname): [first + 3]}
print r.clear_all_breaks(), r.clear_all_breaks()
print r.canonic('<string>')
