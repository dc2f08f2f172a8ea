# A submodule that raises while it runs.
value = 1
raise ValueError('inner module failed at line 3')
