# Pending softspace is flushed as a newline by sys.exit too.
import sys
for w in ['a', 'b']:
    print w,
sys.exit(2)
