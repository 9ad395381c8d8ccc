"""ChainMap: layered config lookups, new_child, parents (docs examples)."""
from collections import ChainMap
import os

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
combined = ChainMap(cli, env, defaults)
print(combined['color'], combined['user'])
print(dict(combined) == {'color': 'red', 'user': 'admin'})
print(sorted(combined))
print(len(combined), 'color' in combined)

c = ChainMap()
d = c.new_child()
e = c.new_child()
e.maps[0]
e.maps[-1]
e.parents
d['x'] = 1
print(d['x'], len(d), d.maps)
del d['x']
print(list(d), d.parents)

baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
print(list(ChainMap(adjustments, baseline)))
cm = ChainMap(adjustments, baseline)
cm['music'] = 'mozart'
print(adjustments, baseline)
print(cm)
child = cm.new_child({'art': 'picasso'})
print(child['art'], child.parents['art'])
try:
    del cm['nonexistent']
except KeyError as ex:
    print('KeyError:', ex)
print(cm.get('nothing', 'default'))
