# Uncaught KeyError with a tuple key and an IndexError inside a loop.
grid = {(0, 0): 'origin'}
print grid[0, 0]
print grid[1, 2]
