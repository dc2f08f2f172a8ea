# yield is not allowed directly in a lambda body without parentheses.
lambda x: yield x
