# The if __name__ == '__main__' idiom.
def main():
    print 'main() called'
    return 0
def helper():
    return 'helper'
print 'module body runs first, __name__ =', __name__
if __name__ == '__main__':
    main()
    print helper()
else:
    print 'not reached when run as a script'
if __name__ != '__main__':
    print 'never'
