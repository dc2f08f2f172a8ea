import getopt
def t(f, *a):
    try: print f(*a)
    except getopt.GetoptError as e: print 'error:', e, repr(e.opt), e.args
t(getopt.getopt, ['-a', '-bval', '-c', 'x', 'rest', '-d'], 'ab:c:d')
t(getopt.getopt, ['--alpha', '--beta=1', '--gam', '2', '--', '-a'], 'a', ['alpha', 'beta=', 'gamma='])
t(getopt.getopt, ['-x'], 'a')
t(getopt.getopt, ['-b'], 'ab:')
t(getopt.getopt, ['--al'], '', ['alpha', 'also'])
t(getopt.getopt, ['--nope'], '', ['alpha'])
t(getopt.getopt, ['--alpha=3'], '', ['alpha'])
t(getopt.getopt, ['--beta'], '', ['beta='])
t(getopt.gnu_getopt, ['x', '-a', 'y', '--beta', '1', '-', 'z', '--', '-q'], 'a', ['beta='])
t(getopt.gnu_getopt, ['x', '-a'], '+a')
t(getopt.getopt, ['-', '-a'], 'a')
t(getopt.getopt, ['--alpha'], '', 'alpha')
