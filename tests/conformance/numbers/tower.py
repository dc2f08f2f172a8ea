import numbers
for v in [1, 1L, 1.5, True]:
    print [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)]
print issubclass(bool, numbers.Integral), isinstance('x', numbers.Number)
try: numbers.Integral()
except TypeError as e: print e
class MyInt(numbers.Integral): pass
try: MyInt()
except TypeError as e: print str(e)[:60]
print sorted(numbers.Real.__abstractmethods__)
