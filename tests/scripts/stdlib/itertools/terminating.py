import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, islice, pairwise, starmap, zip_longest)


def noisy(items, name='src'):
    for x in items:
        print('  %s yields %r' % (name, x))
        yield x
    print('  %s done' % name)


print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)), list(accumulate([1, 2], initial=100)))
print(list(accumulate('abc')), list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))
print(list(accumulate(iterable=[1, 2], func=operator.sub)), list(accumulate([])), type(accumulate([])).__name__)
a = accumulate(noisy([1, 2]))
print('made accumulate')
print(next(a))

ch = chain('ab', [1, 2], (), range(2))
print(type(ch).__name__, list(ch), list(chain()), list(chain([])))
ch = chain(noisy('ab', 'first'), noisy('c', 'second'))
print('made chain')
print(next(ch), next(ch), next(ch))
print(list(ch), list(ch))
print(list(chain.from_iterable(['ab', 'cd', []])), type(chain.from_iterable([])).__name__)
print(list(islice(chain.from_iterable(repeat_ for repeat_ in ['xy'] * 100), 5)))
lazy = chain.from_iterable(noisy(['ab', 'c'], 'outer'))
print('made from_iterable')
print(next(lazy), next(lazy))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [0, 1, 1, 1, 1])), list(compress(data=range(5), selectors=[True, False] * 3)))
print(list(compress('ABCDEF', [1, 0])), list(compress([], [1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: True, [1, 2])), list(dropwhile(lambda x: False, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: True, [])))
tw = takewhile(lambda x: x < 2, noisy([0, 1, 2, 3]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

i = iter(range(10))
print(list(islice(i, 2, 6, 2)), next(i))
i = iter(range(10))
print(list(islice(i, 3)), next(i))
i = iter(range(10))
print(list(islice(i, 1, 8, 3)), next(i))
i = iter(range(3))
s = islice(i, 5)
print(list(s), list(i))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABCDEFG', None, None, None)), list(islice('ABC', None, 2)), list(islice('ABC', 5, 10)))
print(list(islice(range(100), 10, 20, 3)), list(islice('ab', 0)), type(islice('a', 1)).__name__)
sl = islice(noisy('abcdef'), 1, 4, 2)
print('made islice')
print(list(sl))


class Idx:
    def __index__(self):
        return 2


print(list(islice('abcdef', Idx())), list(islice('abcdef', Idx(), None, Idx())))

print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])), type(pairwise([])).__name__)
pw = pairwise(noisy([1, 2, 3]))
print('made pairwise')
print(next(pw))
print(next(pw))
print(list(pw), list(pw))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ['ab', [1, 2]])), type(starmap(len, [])).__name__)
print(list(starmap(lambda *a: a, [(), (1,), iter([1, 2])])))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3], (7,))))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])), type(zip_longest()).__name__)
zl = zip_longest(noisy('ab', 'l'), noisy('x', 'r'))
print('made zip_longest')
print(list(zl), list(zl))
