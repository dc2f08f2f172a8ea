# An uncaught failing assert with a message.
def average(values):
    assert len(values) > 0, 'average of empty list'
    return sum(values) / len(values)

print average([1, 2, 3])
print average([])
