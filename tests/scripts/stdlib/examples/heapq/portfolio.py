"""nlargest/nsmallest with key= (Python Cookbook 1.4)."""
import heapq
from operator import itemgetter

portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
cheap = heapq.nsmallest(3, portfolio, key=lambda s: s['price'])
expensive = heapq.nlargest(3, portfolio, key=lambda s: s['price'])
for s in cheap:
    print('{name:<6}{shares:>6}{price:>10.2f}'.format(**s))
print('---')
for s in expensive:
    print('%-6s%6d%10.2f' % (s['name'], s['shares'], s['price']))
print([s['name'] for s in heapq.nlargest(2, portfolio, key=itemgetter('shares'))])
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [3, 1]), heapq.nlargest(1, []))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words, key=str.lower))
