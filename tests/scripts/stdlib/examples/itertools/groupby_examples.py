"""groupby needs sorted input: the classic Stack Overflow answer."""
from itertools import groupby
from operator import itemgetter, attrgetter
from dataclasses import dataclass

things = [('animal', 'bear'), ('animal', 'duck'), ('plant', 'cactus'),
          ('vehicle', 'speed boat'), ('vehicle', 'school bus')]
for key, group in groupby(things, lambda x: x[0]):
    for thing in group:
        print('A %s is a %s.' % (thing[1], key))
    print('')

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])

rows = [
    {'address': '5412 N CLARK', 'date': '07/01/2012'},
    {'address': '5148 N CLARK', 'date': '07/04/2012'},
    {'address': '5800 E 58TH', 'date': '07/02/2012'},
    {'address': '2122 N CLARK', 'date': '07/03/2012'},
    {'address': '5645 N RAVENSWOOD', 'date': '07/02/2012'},
    {'address': '1060 W ADDISON', 'date': '07/02/2012'},
    {'address': '4801 N BROADWAY', 'date': '07/01/2012'},
    {'address': '1039 W GRANVILLE', 'date': '07/04/2012'},
]
rows.sort(key=itemgetter('date'))
for date, items in groupby(rows, key=itemgetter('date')):
    print(date)
    for i in items:
        print('    ', i)


@dataclass
class Sale:
    region: str
    amount: float


sales = [Sale('west', 10.5), Sale('east', 3), Sale('west', 4.25), Sale('east', 7), Sale('north', 1)]
sales.sort(key=attrgetter('region'))
totals = {region: sum(s.amount for s in grp) for region, grp in groupby(sales, key=attrgetter('region'))}
print(totals)
runs = [(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 3, 1, 1])]
print(runs)
print(''.join(f'{len(list(g))}{k}' for k, g in groupby('WWWWBBBWWC')))
