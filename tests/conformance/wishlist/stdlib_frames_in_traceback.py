# An uncaught error raised inside a library function shows only user frames.
from collections import deque
d = deque()
d.pop()
