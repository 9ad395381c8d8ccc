"""deque examples from the docs: tail, moving average, rotate, maxlen."""
from collections import deque
import itertools


def tail(filename_lines, n=10):
    'Return the last n lines of a file'
    return deque(filename_lines, n)


def moving_average(iterable, n=3):
    # moving_average([40, 30, 50, 46, 39, 44]) --> 40.0 42.0 45.0 43.0
    it = iter(iterable)
    d = deque(itertools.islice(it, n - 1))
    d.appendleft(0)
    s = sum(d)
    for elem in it:
        s += elem - d.popleft()
        d.append(elem)
        yield s / n


def delete_nth(d, n):
    d.rotate(-n)
    d.popleft()
    d.rotate(n)


d = deque('ghi')
for elem in d:
    print(elem.upper())
d.append('j')
d.appendleft('f')
print(d)
print(d.pop(), d.popleft(), list(d), d[0], d[-1])
print(list(reversed(d)), 'h' in d)
d.extend('jkl')
d.rotate(1)
print(d)
d.rotate(-1)
print(d)
print(deque(reversed(d)))
d.clear()
try:
    d.pop()
except IndexError as e:
    print('IndexError:', e)
d.extendleft('abc')
print(d)
print(list(tail([f'line {i}' for i in range(20)], 3)))
print(list(moving_average([40, 30, 50, 46, 39, 44])))
dd = deque(range(6))
delete_nth(dd, 2)
print(dd)
m = deque(maxlen=3)
for i in range(5):
    m.append(i)
print(m, m.maxlen)
print(deque([1, 2, 3, 2]).count(2), deque('abc').index('c'))
x = deque([1, 2]); x.insert(1, 9); x.remove(1); print(x * 2, x + deque([0]))
