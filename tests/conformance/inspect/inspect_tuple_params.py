# getargspec/getargs/formatargspec/getcallargs with tuple parameters
# (nested names), including ones that inner functions capture (cells).
import inspect

def spam(a, b, c, d=3, (e, (f,))=(4, (5,)), *g, **h):
    pass

def sublistofone((foo)):
    pass

def single((x,)):
    pass

def captured((p, q), (r, (s, t))=(1, (2, 3))):
    return lambda: p + q + r + s + t

tupled = lambda (b, c), (d, (e, f))=(0, [1, 2]): None

class K(object):
    def m(self, (a, b), c=1):
        pass

for fn in (spam, sublistofone, single, captured, tupled, K.m):
    spec = inspect.getargspec(fn)
    print fn.__name__, spec, inspect.formatargspec(*spec)
print inspect.getargs(captured.func_code)

print sorted(inspect.getcallargs(tupled, (2, 3)).items())
print sorted(inspect.getcallargs(captured, 'ab', ['c', 'de']).items())
print sorted(inspect.getcallargs(spam, 1, 2, 3, 4, (5, [6]), 7, x=8).items())
print sorted((k, v) for k, v in inspect.getcallargs(K().m, (1, 2)).items() if k != 'self')
for args in (((1, 2, 3),), ((1,),), (5,), ((1, 2), (3, 'x')), ((1, 2), (3, 'xyz')), ((1, 2), (3, 'xy', 4))):
    try:
        inspect.getcallargs(tupled, *args)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
