# Helper with a main guard that must not run on import.
def main():
    print 'helper main ran'
if __name__ == '__main__':
    main()
else:
    print '_helper_main_guard imported as', __name__
