# An else clause indented differently from its if.
if x:
    pass
  else:
    pass
