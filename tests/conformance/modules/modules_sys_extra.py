# sys attributes commonly printed by scripts.
import sys
print sys.version_info.major, sys.version_info.minor, sys.version_info >= (2, 7)
print sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig
print sys.maxunicode, sys.getfilesystemencoding(), sys.stdout.encoding
print sys.getsizeof(0) > 0, sys.flags.optimize, sys.subversion[0]
print callable(sys.displayhook), callable(sys.excepthook), sys.prefix != ''
