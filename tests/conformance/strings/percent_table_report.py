# A report table with %-formatting flags, widths, precisions and str.format.
rows = [("Alice", 30, 55000.5), ("Bob", 4, 1234.567), ("Christopher", 101, -0.5)]
print "%-10s|%5s|%12s" % ("Name", "Age", "Salary")
print "-" * 29
for name, age, sal in rows:
    print "%-10s|%5d|%12.2f" % (name, age, sal)
for name, age, sal in rows:
    print "%10.3s|%-5d|%+12.1e|%x|%o|%X|%#x|%#o" % (name, age, sal, age, age, age * 1000, age, age)
print "%5.1f%%" % 45.678
print "%(name)s is %(age)d" % {'name': 'Z', 'age': 7}
print "%c%c" % (65, 'b')
print "%r %s" % ('q', u'u')
print "%05d|%-05d|% d|% d|%+d" % (42, 42, 42, -42, 42)
print "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5)
print "%g %g %g %g %g" % (1e10, 1e-5, 123456789.0, 0.0001, 100000.0)
print "%G %E" % (1e-10, 12345.678)
print "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2)
print "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159)
print "%i %u" % (3.9, -3)
print "%d" % 3.99, "%d" % -3.99, "%d" % 10L ** 20
print "%x" % -255, "%o" % -8
print "%s" % None, "%s" % True, "%d" % True
print "%.3s" % "abcdef", "%10r|" % "a"
print "%e" % 0, "%f" % 1e20, "%.2e" % 9.999
print "%s and %%" % "x"
print "{0:>10}|{1:<8}|{2:^9}|".format("r", "l", "c")
print "{0:08.3f} {1:,} {2:x} {2:b} {2:o} {3:.1%}".format(3.14159, 1234567, 255, 0.256)
print "{name}-{0}".format(1, name="n"), "{:d}{:s}".format(1, "a")
print "{0[1]} {1.real} {0!r}".format([1, 2], 5)
print "{:*^20}".format(" hi "), "{:+d} {: d}".format(5, 5)
print format(3.5, ".2f"), format(10, "b"), format("s", ">4"), format(1234.5, ",.1f")
