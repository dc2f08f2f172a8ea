# string.whitespace and string.printable in CPython's order.
import string
print repr(string.whitespace)
print repr(string.printable[-10:])
