"""functools.reduce in the usual forms."""
from functools import reduce
import operator

print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))
print(reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(operator.or_, [{1, 2}, {2, 3}, {5}]))
words = ['functional', 'programming', 'in', 'python']
print(reduce(lambda acc, w: acc + len(w), words, 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
nested = {'a': {'b': {'c': 42}}}
print(reduce(operator.getitem, ['a', 'b', 'c'], nested))
print(reduce(operator.add, [[1], [2, 3], [4]]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
print(reduce(operator.add, [], 'empty'))
