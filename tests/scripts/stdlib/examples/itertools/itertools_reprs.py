"""Iterator objects: types, reprs, and errors programs hit."""
import itertools

print(type(itertools.count()).__name__, type(itertools.chain()).__name__)
print(next(itertools.repeat(None)))
c = itertools.count(3)
next(c)
print(c)
print(repr(itertools.repeat('a', 3)))
g = itertools.groupby([])
print(list(g))
try:
    itertools.permutations()
except TypeError as e:
    print('TypeError:', e)
try:
    next(itertools.chain())
except StopIteration:
    print('StopIteration')
try:
    list(itertools.product('ab', repeat=-1))
except ValueError as e:
    print('ValueError:', e)
t1, t2 = itertools.tee('abc', 2)
print(next(t1), next(t1), next(t2), list(t1), list(t2))
print(list(itertools.zip_longest()), list(itertools.product()))
