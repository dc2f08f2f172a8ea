# Uncaught user exception with a multi-line message.
class E(Exception):
    pass
raise E("multi\nline message")
