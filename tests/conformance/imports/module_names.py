# __name__ is '__main__' in the script and the module name in imported modules.
print __name__
import _helper_main_guard
print _helper_main_guard.__name__
if __name__ == '__main__':
    print 'running as main script'
import _helper_basic
print _helper_basic.__name__, __name__ == '__main__'
