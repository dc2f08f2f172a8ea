"""unittest.main(): the command-line front end (TestProgram)."""

import os
import sys
import types

from . import loader, runner
from .signals import installHandler

__unittest = True

FAILFAST = "  -f, --failfast   Stop on first failure\n"
CATCHBREAK = "  -c, --catch      Catch control-C and display results\n"
BUFFEROUTPUT = "  -b, --buffer     Buffer stdout and stderr during test runs\n"

_OPTION_LINES = """\
Options:
  -h, --help       Show this message
  -v, --verbose    Verbose output
  -q, --quiet      Minimal output
%(failfast)s%(catchbreak)s%(buffer)s"""

USAGE_AS_MAIN = "Usage: %(progName)s [options] [tests]\n\n" + _OPTION_LINES + """
Examples:
  %(progName)s test_module               - run tests from test_module
  %(progName)s module.TestClass          - run tests from module.TestClass
  %(progName)s module.Class.test_method  - run specified test method

[tests] can be a list of any number of test modules, classes and test
methods.

Alternative Usage: %(progName)s discover [options]

Options:
  -v, --verbose    Verbose output
%(failfast)s%(catchbreak)s%(buffer)s\
  -s directory     Directory to start discovery ('.' default)
  -p pattern       Pattern to match test files ('test*.py' default)
  -t directory     Top level directory of project (default to
                   start directory)

For test discovery all test modules must be importable from the top
level directory of the project.
"""

USAGE_FROM_MODULE = "Usage: %(progName)s [options] [test] [...]\n\n" + \
    _OPTION_LINES + """
Examples:
  %(progName)s                               - run default set of tests
  %(progName)s MyTestSuite                   - run suite 'MyTestSuite'
  %(progName)s MyTestCase.testSomething      - run MyTestCase.testSomething
  %(progName)s MyTestCase                    - run all 'test*' test methods
                                               in MyTestCase
"""


class _UsageError(Exception):
    pass


class _Options(object):
    pass


class TestProgram(object):
    """Runs the tests of a module (or those named on the command line) and
    exits with status 0 when they all pass, 1 otherwise."""
    USAGE = USAGE_FROM_MODULE

    failfast = catchbreak = buffer = progName = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None):
        if isinstance(module, basestring):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print msg
        usage = {'progName': self.progName, 'catchbreak': '', 'failfast': '',
                 'buffer': ''}
        if self.failfast != False:
            usage['failfast'] = FAILFAST
        if self.catchbreak != False:
            usage['catchbreak'] = CATCHBREAK
        if self.buffer != False:
            usage['buffer'] = BUFFEROUTPUT
        print self.USAGE % usage
        sys.exit(2)

    def _flag(self, opt):
        if opt in ('-h', '-H', '--help'):
            self.usageExit()
        elif opt in ('-q', '--quiet'):
            self.verbosity = 0
        elif opt in ('-v', '--verbose'):
            self.verbosity = 2
        elif opt in ('-f', '--failfast'):
            if self.failfast is None:
                self.failfast = True
        elif opt in ('-c', '--catch'):
            if self.catchbreak is None:
                self.catchbreak = True
        elif opt in ('-b', '--buffer'):
            if self.buffer is None:
                self.buffer = True
        else:
            raise _UsageError('option %s not recognized' % opt)

    def _split_options(self, args):
        """getopt-style: options before the first plain argument."""
        rest = list(args)
        while rest and rest[0].startswith('-') and rest[0] != '-':
            arg = rest.pop(0)
            if arg == '--':
                break
            if arg.startswith('--'):
                names = ['help', 'verbose', 'quiet', 'failfast', 'catch',
                         'buffer']
                word = arg[2:]
                if '=' in word:
                    raise _UsageError(
                        'option --%s must not have an argument' %
                        word.split('=')[0])
                found = [n for n in names if n.startswith(word)]
                if word in names:
                    found = [word]
                if not found:
                    raise _UsageError('option --%s not recognized' % word)
                if len(found) > 1:
                    raise _UsageError('option --%s not a unique prefix' % word)
                self._flag('--' + found[0])
            else:
                for ch in arg[1:]:
                    if ch not in 'hHvqfcb':
                        raise _UsageError('option -%s not recognized' % ch)
                    self._flag('-' + ch)
        return rest

    def parseArgs(self, argv):
        if len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        try:
            args = self._split_options(argv[1:])
        except _UsageError as e:
            self.usageExit(str(e))
            return
        if not args and self.defaultTest is None:
            self.testNames = None
        elif args:
            self.testNames = args
        else:
            self.testNames = (self.defaultTest,)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _parse_discovery_args(self, argv):
        opts = _Options()
        opts.verbose = False
        opts.failfast = opts.catchbreak = opts.buffer = False
        opts.start = '.'
        opts.pattern = 'test*.py'
        opts.top = None
        flags = {'-v': 'verbose', '--verbose': 'verbose'}
        if self.failfast != False:
            flags.update({'-f': 'failfast', '--failfast': 'failfast'})
        if self.catchbreak != False:
            flags.update({'-c': 'catchbreak', '--catch': 'catchbreak'})
        if self.buffer != False:
            flags.update({'-b': 'buffer', '--buffer': 'buffer'})
        valued = {'-s': 'start', '--start-directory': 'start',
                  '-p': 'pattern', '--pattern': 'pattern',
                  '-t': 'top', '--top-level-directory': 'top'}
        args = []
        rest = list(argv)
        while rest:
            arg = rest.pop(0)
            if arg == '--':
                args.extend(rest)
                break
            if not arg.startswith('-') or arg == '-':
                args.append(arg)
                continue
            value = None
            if arg.startswith('--') and '=' in arg:
                arg, value = arg.split('=', 1)
            elif not arg.startswith('--') and len(arg) > 2:
                if arg[:2] in valued:
                    arg, value = arg[:2], arg[2:]
                else:
                    # Clustered short flags, e.g. -vf.
                    rest[0:0] = ['-' + ch for ch in arg[2:]]
                    arg = arg[:2]
            if arg in flags:
                setattr(opts, flags[arg], True)
            elif arg in valued:
                if value is None:
                    if not rest:
                        self._discovery_error('%s option requires an argument'
                                              % arg)
                    value = rest.pop(0)
                setattr(opts, valued[arg], value)
            else:
                self._discovery_error('no such option: %s' % arg)
        return opts, args

    def _discovery_error(self, msg):
        sys.stderr.write("Usage: %s [options]\n\n%s: error: %s\n"
                         % (self.progName, self.progName, msg))
        sys.exit(2)

    def _do_discovery(self, argv, Loader=None):
        if Loader is None:
            Loader = lambda: self.testLoader
        self.progName = '%s discover' % self.progName
        options, args = self._parse_discovery_args(argv)
        if len(args) > 3:
            self.usageExit()
        for name, value in zip(('start', 'pattern', 'top'), args):
            setattr(options, name, value)
        if self.failfast is None:
            self.failfast = options.failfast
        if self.catchbreak is None:
            self.catchbreak = options.catchbreak
        if self.buffer is None:
            self.buffer = options.buffer
        if options.verbose:
            self.verbosity = 2
        self.test = Loader().discover(options.start, options.pattern,
                                      options.top)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, (type, types.ClassType)):
            try:
                test_runner = self.testRunner(verbosity=self.verbosity,
                                              failfast=self.failfast,
                                              buffer=self.buffer)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
