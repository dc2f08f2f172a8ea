# 'continue' inside a finally clause is a SyntaxError in Python 2.
for i in range(3):
    try:
        print i
    finally:
        continue
