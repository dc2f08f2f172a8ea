import warnings, sys
print warnings.filters
try: warnings.warn("x", 3)
except Exception as e: print type(e).__name__, e
try: warnings.warn("x", int)
except Exception as e: print type(e).__name__, e
try: warnings.filterwarnings("bogus")
except Exception as e: print type(e).__name__, e
try: warnings.simplefilter("error", lineno=-1)
except Exception as e: print type(e).__name__, e
warnings.filterwarnings("ignore", "abc")
warnings.filterwarnings("ignore", "abc")
print len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2], warnings.filters[0][1].match("ABCD") is not None, warnings.filters[0][1].match("xabc") is not None
print warnings.defaultaction, warnings.onceregistry
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("hello")
    print w[0], w[0].message, w[0].category
    print warnings.catch_warnings(record=True)
    print repr(warnings.catch_warnings())
print warnings.formatwarning("msg", UserWarning, "f.py", 3)
print repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  line here  "))
warnings.filters[0] = ('bad', None, Warning, None, 0)
try: warnings.warn("zz")
except Exception as e: print type(e).__name__, e
