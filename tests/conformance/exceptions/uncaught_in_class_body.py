# Uncaught TypeError while executing a class body.
class Config(object):
    items = [1, 2, 'x']
    total = sum(items)
