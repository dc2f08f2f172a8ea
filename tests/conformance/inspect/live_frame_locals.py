# A running frame's locals through sys._getframe() and inspect.currentframe():
# readable while the function runs, final once it has ended (the frame keeps
# them), and the caller's (f_back) once the call below it returned.
import sys
import inspect


def spam(a, b, c=3):
    eggs(b + c, a)
    after = a * 2
    return after


def eggs(x, y):
    global fr
    fr = inspect.currentframe()
    print sorted(fr.f_locals.items())
    p = x
    q = y // 0


try:
    spam(7, 8)
except ZeroDivisionError:
    pass
print sorted(fr.f_locals.items())
print fr.f_code.co_name, fr.f_back.f_code.co_name
args, varargs, varkw, loc = inspect.getargvalues(fr)
print args, varargs, varkw, sorted(loc.items())
print inspect.formatargvalues(args, varargs, varkw, loc)
back = fr.f_back
args, varargs, varkw, loc = inspect.getargvalues(back)
print inspect.formatargvalues(args, varargs, varkw, loc)


def live():
    n = 1
    f = sys._getframe()
    n = 2
    m = 3
    return f


f = live()
print sorted(f.f_locals.items(), key=lambda kv: kv[0])[1:]
print f.f_locals is f.f_locals


def closure():
    cell = 'c'

    def inner():
        return cell
    here = sys._getframe()
    return here, inner


here, _ = closure()
print sorted(k for k in here.f_locals)
print sys._getframe().f_locals is globals()
