"""The itertools recipes from the 3.11 docs, exercised."""
import collections
import functools
import math
import operator
import random
from itertools import *


def take(n, iterable):
    "Return first n items of the iterable as a list"
    return list(islice(iterable, n))


def prepend(value, iterator):
    "Prepend a single value in front of an iterator"
    return chain([value], iterator)


def tabulate(function, start=0):
    "Return function(0), function(1), ..."
    return map(function, count(start))


def tail(n, iterable):
    "Return an iterator over the last n items"
    return iter(collections.deque(iterable, maxlen=n))


def consume(iterator, n=None):
    "Advance the iterator n-steps ahead. If n is None, consume entirely."
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    "Returns the nth item or a default value"
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    "Returns True if all the elements are equal to each other"
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    "Count how many times the predicate is true"
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    "Returns the sequence elements n times"
    return chain.from_iterable(repeat(tuple(iterable), n))


def sumprod(vec1, vec2):
    "Compute a sum of products."
    return sum(starmap(operator.mul, zip(vec1, vec2, strict=True)))


def flatten(list_of_lists):
    "Flatten one level of nesting"
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    "Collect data into non-overlapping fixed-length chunks or blocks"
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    if incomplete == 'ignore':
        return zip(*args)
    else:
        raise ValueError('Expected fill, strict, or ignore')


def roundrobin(*iterables):
    "roundrobin('ABC', 'D', 'EF') --> A D E B F C"
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next in nexts:
                yield next()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    "Use a predicate to partition entries into false entries and true entries"
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def powerset(iterable):
    "powerset([1,2,3]) --> () (1,) (2,) (3,) (1,2) (1,3) (2,3) (1,2,3)"
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    "List unique elements, preserving order. Remember all elements ever seen."
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    "List unique elements, preserving order. Remember only the element just seen."
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def random_combination(iterable, r):
    "Random selection from itertools.combinations(iterable, r)"
    pool = tuple(iterable)
    n = len(pool)
    indices = sorted(random.sample(range(n), r))
    return tuple(pool[i] for i in indices)


def triplewise(iterable):
    "Return overlapping triplets from an iterable"
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it

    return true_iterator(), remainder_iterator()


def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = convolve(expansion, (1, -r))
    return list(expansion)


def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded_signal = chain(repeat(0, n - 1), signal, repeat(0, n - 1))
    for window in sliding_window(padded_signal, n):
        yield sumprod(kernel, window)


print(take(5, tabulate(lambda x: x * x)))
print(list(prepend(1, [2, 3, 4])))
print(list(tail(3, 'ABCDEFG')))
it = iter(range(10)); consume(it, 3); print(next(it))
print(nth(range(10), 4), nth('abc', 10, 'zz'))
print(all_equal('aaaa'), all_equal('aaab'), all_equal(''))
print(quantify([1, 0, 3, None, 5]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles('ab', 3)))
print(sumprod([1, 2, 3], [4, 5, 6]))
print(list(flatten([[1, 2], [3], [], [4, 5]])))
print(list(grouper('ABCDEFG', 3, fillvalue='x')))
print(list(grouper('ABCDEFG', 3, incomplete='ignore')))
try:
    list(grouper('ABCDEFG', 3, incomplete='strict'))
except ValueError as e:
    print('ValueError:', e)
print(''.join(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print([''.join(w) for w in sliding_window('ABCDEFG', 4)])
print(list(powerset([1, 2, 3])))
print(''.join(unique_everseen('AAAABBBCCDAABBB')), ''.join(unique_everseen('ABBcCAD', str.lower)))
print(''.join(unique_justseen('AAAABBBCCDAABBB')), ''.join(unique_justseen('ABBcCAD', str.lower)))
d = {'a': 1, 'b': 2}
print(list(iter_except(d.popitem, KeyError)))
print(first_true([0, None, '', 7, 8]), first_true([], 'none'), first_true(range(10), pred=lambda x: x > 5))
random.seed(7)
print(random_combination(range(20), 4))
print(list(triplewise('ABCDEFG')))
all_upper, remainder = before_and_after(str.isupper, 'ABCdEfGhI')
print(''.join(all_upper), ''.join(remainder))
print(polynomial_from_roots([5, -4, 3]))
print(math.prod(range(1, 6)), functools.reduce(operator.add, range(5)))
