# `x in some_string` with a non-string left operand names its type.
class C(object):
    pass


for left in [1, None, 1.5, [1], C()]:
    try:
        print left in 'abc'
    except TypeError as e:
        print 'TypeError', e
print 'b' in 'abc', '' in 'abc', 'abcd' in 'abc'
print 'abc'.__contains__('b')
