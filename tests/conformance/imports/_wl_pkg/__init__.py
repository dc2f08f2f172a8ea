# helper package for imports_package_* tests
INIT = True
