"""count, cycle, repeat, with islice and zip."""
from itertools import count, cycle, repeat, islice, takewhile, dropwhile

for i in count(10, 2.5):
    if i > 20:
        break
    print(i, end=' ')
print()
print(list(zip(count(1), 'abc')))
print(list(islice(cycle('RGB'), 7)))
print(list(repeat('x', 3)), list(map(pow, range(5), repeat(2))))
print(list(islice(count(), 5, 20, 3)))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(repeat(1, 2), count(5), count(1.5, 0.5))
colors = cycle(['red', 'green'])
for item, color in zip(['a', 'b', 'c', 'd', 'e'], colors):
    print(f'{item}:{color}', end=',' if item != 'e' else '\n')
c = count()
print(next(c), next(c), next(c))
