# 'except E as e' and the old 'except E, e' forms, and catching order.
try:
    raise ValueError('as form')
except ValueError as e:
    print 'as:', e
try:
    raise ValueError('comma form')
except ValueError, e:
    print 'comma:', e
try:
    raise KeyError('k')
except (TypeError, KeyError), e:
    print 'comma with tuple:', repr(e)
try:
    raise IndexError('first matching wins')
except LookupError as e:
    print 'LookupError branch:', e
except IndexError as e:
    print 'never reached'
def which(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'ZeroDivisionError'
    except ArithmeticError:
        return 'ArithmeticError'
    except Exception:
        return 'Exception'
print which(ZeroDivisionError), which(OverflowError), which(ValueError)
e = 'outer value'
try:
    raise ValueError('bound')
except ValueError as e:
    pass
print 'after except, e is', repr(e)
