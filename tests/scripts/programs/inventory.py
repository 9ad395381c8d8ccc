inventory = {}
def add(name, qty, price):
    item = inventory.setdefault(name, {'qty': 0, 'price': price})
    item['qty'] += qty
    item['price'] = price
def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]['qty'] < qty:
        raise ValueError('only %d %s left' % (inventory[name]['qty'], name))
    inventory[name]['qty'] -= qty
    if inventory[name]['qty'] == 0:
        del inventory[name]
ops = [('add', 'apple', 10, 0.5), ('add', 'pear', 5, 0.75), ('add', 'apple', 5, 0.55),
       ('remove', 'pear', 5), ('remove', 'kiwi', 1), ('remove', 'apple', 20), ('add', 'fig', 3, 2.0)]
for op in ops:
    try:
        if op[0] == 'add':
            add(*op[1:])
        else:
            remove(*op[1:])
        print('ok  ', op)
    except KeyError as e:
        print('miss', op, 'unknown item', e)
    except ValueError as e:
        print('fail', op, e)
for name, item in sorted(inventory.items()):
    print('%-6s qty=%3d price=%5.2f value=%6.2f' % (name, item['qty'], item['price'], item['qty'] * item['price']))
print('total value: %.2f' % sum(i['qty'] * i['price'] for i in inventory.values()))
print(list(inventory))
