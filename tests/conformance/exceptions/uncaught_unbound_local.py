# Uncaught UnboundLocalError from += on a global without 'global'.
count = 0
def incr():
    count += 1
    return count
incr()
