# sys.exit('message') from main(): message on stderr, status 1.
import sys
def main():
    print 'working'
    sys.exit("fatal: could not continue")
if __name__ == '__main__':
    main()
