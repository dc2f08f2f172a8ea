# The `test` package the harness builds around CPython's test files: our own
# test_support stand-in lives here, and CPython's test_*.py files are copied
# beside it into a temporary folder (never into the repository).
