# Nested dict inventory report with %-formatting, sorting by computed values, OrderedDict basics.
inventory = {}
def add(item, qty, price):
    if item in inventory:
        inventory[item]['qty'] += qty
    else:
        inventory[item] = {'qty': qty, 'price': price}
add('apple', 10, 0.5); add('pear', 5, 0.75); add('apple', 5, 0.5); add('kiwi', 0, 1.25); add('melon', 2, 3.0)
print '%-10s %5s %8s %10s' % ('Item', 'Qty', 'Price', 'Value')
print '=' * 36
grand = 0
for name in sorted(inventory):
    rec = inventory[name]
    value = rec['qty'] * rec['price']
    grand += value
    print '%-10s %5d %8.2f %10.2f' % (name, rec['qty'], rec['price'], value)
print '-' * 36
print '%-10s %25.2f' % ('TOTAL', grand)
out_of_stock = [k for k, v in sorted(inventory.items()) if v['qty'] == 0]
print 'Out of stock:', ', '.join(out_of_stock) or 'none'
by_value = sorted(inventory.items(), key=lambda kv: kv[1]['qty'] * kv[1]['price'], reverse=True)
print [k for k, _ in by_value]
cheap = dict((k, v) for k, v in inventory.items() if v['price'] < 1)
print sorted(cheap.keys())
print max(inventory, key=lambda k: inventory[k]['qty'])
from collections import OrderedDict
od = OrderedDict()
for k in ['z', 'a', 'm']:
    od[k] = len(k)
od['a'] = 5
print od, od.keys(), od.items()
del od['z']
print od, od.keys()
