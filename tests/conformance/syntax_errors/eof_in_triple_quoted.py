# A triple-quoted string that is never closed.
x = """abc

