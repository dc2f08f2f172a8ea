import warnings, sys
sys.stderr = sys.stdout
def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
def f(n):
    warnings.warn("from f %d" % (n % 2))
for i in range(3):
    f(i)
warnings.simplefilter("always", DeprecationWarning)
deprecated()
deprecated()
print sorted((k[0], k[1].__name__, k[2]) for k in __warningregistry__ if len(k) == 3)
warnings.simplefilter("once")
for i in range(3): f(i)
warnings.resetwarnings(); warnings.simplefilter("module")
for i in range(3): f(i)
warnings.simplefilter("error")
try: f(1)
except UserWarning as e: print "raised", e
warnings.simplefilter("ignore")
f(1)
warnings.resetwarnings()
warnings.filterwarnings("error", "spam", RuntimeWarning)
try: warnings.warn("SPAM and eggs", RuntimeWarning)
except RuntimeWarning as e: print "raised", e
warnings.warn("ham", RuntimeWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "foo.py", 12, "foo", {})
warnings.warn_explicit("explicit", SyntaxWarning, "foo.py", 12)
warnings.warn(UserWarning("an instance"))
class W(UserWarning): pass
warnings.warn("sub", W)
def show(message, category, filename, lineno, file=None, line=None):
    print "SHOW", message, category.__name__, filename, lineno
warnings.showwarning = show
warnings.warn("custom")
warnings.showwarning = 3
try: warnings.warn("custom2")
except TypeError as e: print e
