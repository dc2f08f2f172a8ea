def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print repr(filter(None, '12')), repr(filter(lambda x: x >= '3', '1234'))
show(lambda: filter(42, '12'))

class badstr(str):
    def __getitem__(self, index):
        raise ValueError('bad')
show(lambda: filter(lambda x: x >= '3', badstr('1234')))

class badstr2(str):
    def __getitem__(self, index):
        return 42
show(lambda: filter(lambda x: x >= 42, badstr2('1234')))

class weirdstr(str):
    def __getitem__(self, index):
        return weirdstr(2 * str.__getitem__(self, index))
show(lambda: filter(lambda x: x >= '33', weirdstr('1234')))

class shiftstr(str):
    def __getitem__(self, index):
        return chr(ord(str.__getitem__(self, index)) + 1)
show(lambda: filter(lambda x: x >= '3', shiftstr('1234')))
print type(filter(None, shiftstr('ab'))).__name__
print filter(None, (1, 0, 2)), filter(None, [0, 3])
