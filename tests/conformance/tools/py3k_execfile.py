# minipy-test: flags=-3
# -3 warns about execfile, whether called with the caller's namespaces or
# with explicit ones, and each call's names land where 2.7 puts them.
def run_in_function():
    ns = {}
    execfile('_execfile_helper.py', ns)
    return ns['helper_value']

execfile('_execfile_helper.py')
print helper_value
print run_in_function()
g = {}
exec "execfile('_execfile_helper.py')" in g, g
print g['helper_value']
