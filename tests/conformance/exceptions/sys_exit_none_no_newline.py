# sys.exit(None) after output without a trailing newline.
import sys
sys.stdout.write('no newline')
sys.exit(None)
