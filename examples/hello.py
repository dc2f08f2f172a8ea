# A first minipy program: functions, classes, generators and exceptions.
import sys


class Greeter(object):
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hello, %s!" % self.name


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = Greeter("world")
print g.greet()
print [x for x, _ in zip(fib(), range(10))]
try:
    1 / 0
except ZeroDivisionError as e:
    print "caught:", e
print "running on", sys.version.split()[0]
