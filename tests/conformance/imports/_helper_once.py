# Helper that prints once when first imported.
print '_helper_once is being executed'
loads = 1
