# math.frexp exact (subnormals too), ldexp edges.
import math
for v in [0.001, 0.99, 1.5, 1e200, -0.3, 2.0**53-0.3, 1e-310, 5e-324, 0.0, -0.0, float('inf'), float('nan'), 1e308, 2.0**48-1.0, 2.0**48 + 0.3]:
    print repr(v), math.frexp(v)
for x, e in [(0.5, 1025), (0.75, -1074), (1.0, 1023), (0.5, -1075), (1.0, -1076)]:
    try: print math.ldexp(x, e)
    except Exception as ex: print type(ex).__name__, ex
