import timeit, sys

class FakeTimer(object):
    # each call advances by a fixed step, so results are deterministic
    def __init__(self, step=0.001):
        self.t = 0.0
        self.step = step
    def __call__(self):
        self.t += self.step
        return self.t

t = timeit.Timer("x = 1", timer=FakeTimer())
print round(t.timeit(10), 6)
print [round(v, 6) for v in t.repeat(3, 5)]
print round(timeit.timeit("pass", timer=FakeTimer(0.5), number=3), 6)
print [round(v, 6) for v in timeit.repeat("pass", timer=FakeTimer(0.25), repeat=2, number=3)]
count = [0]
def f():
    count[0] += 1
print round(timeit.Timer(f, timer=FakeTimer()).timeit(7), 6), count[0]
setup_ran = []
timeit.Timer("y = 1", setup=lambda: setup_ran.append(1), timer=FakeTimer()).timeit(2)
print setup_ran
print "inner" in timeit.Timer("a = 1\nb = 2", "import os").src
for bad in [(1, "pass"), ("pass", 2)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print "ValueError:", e
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print "SyntaxError"
print timeit.default_number, timeit.default_repeat, timeit.dummy_src_name
print timeit.reindent("a\nb", 4)

def wrap(timer):
    return FakeTimer(0.03)
for args in [["-n", "10", "pass"], ["-n10", "-r", "2", "-s", "x=1", "x+1"],
             ["--number=100", "--rep=5", "-v", "pass"], ["-v", "-v", "-n", "1", "pass"],
             ["-n", "1", "-t", "-c", "--", "pass"], ["-x"], ["--bogus"], ["-n"],
             ["--number"], ["--time=3"]]:
    print args
    print "->", timeit.main(args, _wrap_timer=wrap)
print timeit.main(["-v", "pass"], _wrap_timer=lambda t: FakeTimer(0.3))
sys.stdout.flush()
t = timeit.Timer("1/0", timer=FakeTimer())
try:
    t.timeit(1)
except ZeroDivisionError:
    print "ZeroDivisionError raised"
