# Uncaught KeyError raised inside a sorted() key function.
def key(item):
    return item['name'].lower()
people = [{'name': 'Bob'}, {'name': 'al'}, {'nm': 'x'}]
print sorted(people[:2], key=key)
print sorted(people, key=key)
