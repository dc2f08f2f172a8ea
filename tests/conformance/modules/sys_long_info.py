import sys
print sys.long_info
print sys.long_info.bits_per_digit, sys.long_info.sizeof_digit, tuple(sys.long_info)
print 1 << (3 * sys.long_info.bits_per_digit) == 2 ** 90
