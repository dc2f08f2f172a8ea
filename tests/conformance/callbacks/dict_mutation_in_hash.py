# Keys whose __hash__/__eq__ insert into or delete from the dict during lookup.
class Evil(object):
    def __init__(self, d, mode, h=7):
        self.d = d
        self.mode = mode
        self.h = h
        self.armed = True
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.armed:
            self.armed = False
            if self.mode == 'insert':
                for i in range(20):
                    self.d['filler%d' % i] = i
            elif self.mode == 'delete':
                self.d.clear()
        return self is other
for mode in ['insert', 'delete']:
    d = {}
    k1 = Evil(d, mode)
    d[k1] = 'first'
    k2 = Evil(d, mode)
    try:
        d[k2] = 'second'
        print mode, 'setitem ok'
    except Exception as e:
        print mode, 'setitem raised', type(e).__name__
    try:
        print mode, 'lookup', repr(d.get(Evil(d, mode)))
    except Exception as e:
        print mode, 'lookup raised', type(e).__name__
    try:
        print mode, 'contains', Evil(d, mode) in d
    except Exception as e:
        print mode, 'contains raised', type(e).__name__
    print mode, 'len is int', isinstance(len(d), int)
class HashMutates(object):
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        self.d['added_in_hash'] = 1
        return 1
    def __eq__(self, other):
        return self is other
d = {}
h = HashMutates(d)
d[h] = 'value'
print sorted(k for k in d if isinstance(k, str)), d[h]
print 'finished'
