"""Sorting dicts and nested data with itemgetter (Python Cookbook 1.13)."""
from operator import itemgetter
from pprint import pprint  # noqa: F401
from typing import Dict, List

rows: List[Dict[str, object]] = [
    {'fname': 'Brian', 'lname': 'Jones', 'uid': 1003},
    {'fname': 'David', 'lname': 'Beazley', 'uid': 1002},
    {'fname': 'John', 'lname': 'Cleese', 'uid': 1001},
    {'fname': 'Big', 'lname': 'Jones', 'uid': 1004},
]
rows_by_fname = sorted(rows, key=itemgetter('fname'))
rows_by_uid = sorted(rows, key=itemgetter('uid'))
for r in rows_by_fname:
    print(r)
print()
for r in rows_by_uid:
    print(r)
print()
rows_by_lfname = sorted(rows, key=itemgetter('lname', 'fname'))
for r in rows_by_lfname:
    print('{lname:10} {fname:8} {uid}'.format(**r))
print(min(rows, key=itemgetter('uid'))['fname'], max(rows, key=itemgetter('uid'))['fname'])
scores = {'alice': 88, 'bob': 95, 'carol': 72}
for name, score in sorted(scores.items(), key=itemgetter(1), reverse=True):
    print(f'{name:<6}{score:>4}')
