# Helper whose import fails part-way.
print '_helper_raises starting'
partial = 'set before the error'
raise ValueError('failure during import')
