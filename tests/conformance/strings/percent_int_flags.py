# %d %x %o and friends with every flag, width and precision, on ints
# from zero to the extremes of a machine int.
for v in [0, 5, -5, 255, -255, 2**62, -2**63]:
    for f in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%.0d", "%.3d", "%.0x", "%#.0o", "%10.4x", "%-#8o|", "%i", "%u", "%+05d"]:
        print f, repr(f % v)
