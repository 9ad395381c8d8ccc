"""Bucketing ages/prices with bisect, counting with a dict."""
from bisect import bisect_right
from collections import Counter
from typing import List

edges: List[int] = [18, 30, 45, 65]
labels = ['<18', '18-29', '30-44', '45-64', '65+']
ages = [5, 17, 18, 22, 29, 30, 31, 44, 45, 50, 64, 65, 70, 99, 0]
counts = Counter(labels[bisect_right(edges, a)] for a in ages)
for label in labels:
    print(f'{label:>6} | {"#" * counts[label]:<5} | {counts[label]}')

tax_brackets = [(10000, 0.0), (40000, 0.1), (90000, 0.2), (float('inf'), 0.4)]
limits = [b[0] for b in tax_brackets]
for income in (5000, 10000, 10001, 55000, 250000):
    rate = tax_brackets[bisect_right(limits, income - 1)][1] if income else 0
    print(f'{income:>8,d} -> {rate:.0%}')
