# Uncaught exception whose __str__ returns an empty string.
class E(Exception):
    def __str__(self):
        return ''
raise E('x')
