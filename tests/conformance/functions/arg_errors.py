# TypeError messages for wrong argument counts and types when calling.
def two(a, b):
    return a + b
def with_default(a, b=1):
    return a
def no_args():
    return 0
def star(a, *b):
    return a
class C(object):
    def method(self, x):
        return x
calls = [
    ('two(1)', lambda: two(1)),
    ('two(1, 2, 3)', lambda: two(1, 2, 3)),
    ('two()', lambda: two()),
    ('with_default()', lambda: with_default()),
    ('with_default(1, 2, 3)', lambda: with_default(1, 2, 3)),
    ('no_args(1)', lambda: no_args(1)),
    ('star()', lambda: star()),
    ('two(1, a=1)', lambda: two(1, a=1)),
    ('two(1, c=2)', lambda: two(1, c=2)),
    ('C().method()', lambda: C().method()),
    ('C().method(1, 2)', lambda: C().method(1, 2)),
    ('C.method(1)', lambda: C.method(1)),
    ('5()', lambda: 5()),
    ("'abc'()", lambda: 'abc'()),
    ('None()', lambda: None()),
    ('[1]()', lambda: [1]()),
    ('two(*5)', lambda: two(*5)),
    ('two(**5)', lambda: two(**5)),
    ('len()', lambda: len()),
    ('len(1, 2)', lambda: len(1, 2)),
    ('abs("x")', lambda: abs('x')),
]
for text, fn in calls:
    try:
        fn()
        print text, 'no error'
    except TypeError as e:
        print text, '->', e
