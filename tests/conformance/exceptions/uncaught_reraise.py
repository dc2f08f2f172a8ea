# A bare re-raise keeps the original traceback.
def fail():
    return 1 / 0

def wrapper():
    try:
        fail()
    except ZeroDivisionError:
        print 'logging and re-raising'
        raise

wrapper()
