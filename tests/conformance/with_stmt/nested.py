# Nested with statements and the multi-manager form.
class Tag(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print '<%s>' % self.name
        return self.name
    def __exit__(self, t, v, tb):
        print '</%s>' % self.name
        return False
with Tag('html'):
    with Tag('body'):
        with Tag('p') as p:
            print 'text in', p
with Tag('a') as a, Tag('b') as b:
    print 'inside', a, b
try:
    with Tag('outer'), Tag('inner'):
        raise ValueError('unwinds both')
except ValueError as e:
    print 'caught', e
class Fails(object):
    def __enter__(self):
        raise KeyError('second manager fails')
    def __exit__(self, *a):
        print 'never'
try:
    with Tag('first'), Fails():
        print 'body'
except KeyError as e:
    print 'KeyError', e
