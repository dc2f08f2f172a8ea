# Uncaught NameError for a misspelled name inside a function.
def compute():
    total = 0
    for i in range(3):
        total += i
    return totl
compute()
