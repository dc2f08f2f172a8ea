# pass in every kind of block.
def nothing():
    pass
print nothing()
class Empty(object):
    pass
print type(Empty()).__name__
for i in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_doc():
    "docstring only"
print only_doc(), only_doc.__doc__
class DocOnly:
    "class doc"
print DocOnly.__doc__
