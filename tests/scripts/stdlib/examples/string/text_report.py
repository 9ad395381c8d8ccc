"""A text report with str.format alignment, % formatting and Template together."""
from string import Template
from typing import List, Tuple

rows: List[Tuple[str, int, float]] = [
    ('Widget', 4, 3.5),
    ('Gadget', 10, 12.25),
    ('Thingamajig', 1, 199.99),
]
header = '{:<12} {:>5} {:>10} {:>10}'.format('Item', 'Qty', 'Price', 'Total')
print(header)
print('=' * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print('{:<12} {:>5d} {:>10.2f} {:>10.2f}'.format(name, qty, price, total))
print('-' * len(header))
print('%-12s %5s %10s %10.2f' % ('TOTAL', '', '', grand))
letter = Template('Dear $name,\n  your order of $$${amount} ships on $day.\n')
print(letter.substitute(name='Ms. Smith', amount=f'{grand:,.2f}', day='Monday'), end='')
print('%(n)d items, %(avg).3f avg, %(pct)5.1f%%' % {'n': 3, 'avg': grand / 3, 'pct': 42.123})
print('%5s|%-5s|%05d|%x|%o|%e|%r' % ('ab', 'cd', 42, 255, 8, 12345.678, 'q'))
