# string.Template subclasses overriding idpattern or pattern (compiled by
# the metaclass), and the plain scanner with another delimiter.
from string import Template


class Bag(object):
    pass


class Mapping(object):
    def __getitem__(self, name):
        obj = self
        for part in name.split('.'):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise KeyError(name)
        return obj

m = Mapping()
m.bag = Bag()
m.bag.foo = Bag()
m.bag.foo.who = 'tim'
m.bag.what = 'ham'


class PathPattern(Template):
    idpattern = r'[_a-z][._a-z0-9]*'

print PathPattern('$bag.foo.who likes to eat a bag of $bag.what').substitute(m)
print type(PathPattern.pattern.pattern).__name__


class AtPattern(Template):
    pattern = r"""
    (?P<escaped>@{2})                   |
    @(?P<named>[_a-z][._a-z0-9]*)       |
    @{(?P<braced>[_a-z][._a-z0-9]*)}    |
    (?P<invalid>@)
    """

print AtPattern('@bag.foo.who likes @{bag.what} @@ 100%').substitute(m)
try:
    AtPattern('x @ y').substitute(m)
except ValueError as e:
    print 'ValueError:', e
print AtPattern('x @ y @missing').safe_substitute(m)


class BadPattern(Template):
    pattern = r"""
    (?P<badname>.*)                     |
    (?P<escaped>@{2})                   |
    @(?P<named>[_a-z][._a-z0-9]*)       |
    @{(?P<braced>[_a-z][._a-z0-9]*)}    |
    (?P<invalid>@)                      |
    """

for f in (BadPattern('@bag').substitute, BadPattern('@bag').safe_substitute):
    try:
        f({})
    except ValueError as e:
        print 'ValueError:', e.args[0]


class Braced(Template):
    pattern = r"""
    \$(?:
      (?P<escaped>$)                     |
      (?P<named>[_a-z][_a-z0-9]*)        |
      @@(?P<braced>[_a-z][_a-z0-9]*)@@   |
      (?P<invalid>)                      |
   )
   """

t = Braced('PyCon in $@@location@@')
try:
    t.substitute({})
except KeyError as e:
    print 'KeyError:', e
print t.substitute({'location': 'Cleveland'}), t.safe_substitute()


class Percent(Template):
    delimiter = '%'

print Percent('%who owes %{what} %%').substitute(who='tim', what='ham')
print Template('$who likes ${what}').safe_substitute(who='tim')
