# args: alpha beta --gamma=3
# sys module basics: argv, path, modules, version, maxint.
import sys
print sys.argv
print len(sys.argv), sys.argv[0], sys.argv[1:]
print type(sys.path).__name__, all(isinstance(p, str) for p in sys.path)
print 'sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys
print sys.version.startswith('2.7'), type(sys.version).__name__
print sys.version_info[0], sys.version_info[1], sys.version_info[:2] == (2, 7)
print sys.maxint, sys.maxint == 9223372036854775807, type(sys.maxint).__name__
print -sys.maxint - 1, type(sys.maxint + 1).__name__
print sys.platform.startswith('linux')
print sys.modules['__main__'].__name__
