try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('a',))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%(missing)s' % {'k': 1})
except KeyError as e:
    print('KeyError:', e)
print('%s' % {'k': 1})
print('%s' % [])
print('' % ())
