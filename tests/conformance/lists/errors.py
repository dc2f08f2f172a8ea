# List error messages.
l = [1, 2, 3]
tests = [
    ('l[5]', lambda: l[5]),
    ('l[-5]', lambda: l[-5]),
    ('[].pop()', lambda: [].pop()),
    ('l.pop(10)', lambda: l.pop(10)),
    ('l.remove(9)', lambda: l.remove(9)),
    ('l.index(9)', lambda: l.index(9)),
    ("l['a']", lambda: l['a']),
    ('l.append()', lambda: l.append()),
    ('l.insert(1)', lambda: l.insert(1)),
    ('l + None', lambda: l + None),
    ('list(5)', lambda: list(5)),
    ('[1, 2].sort(key=5)', lambda: [1, 2].sort(key=5)),
]
for text, fn in tests:
    try:
        fn()
        print text, 'ok'
    except Exception as e:
        print text, '->', type(e).__name__ + ':', e
def setitem():
    l[7] = 0
try:
    setitem()
except IndexError as e:
    print 'assign:', e
print l
