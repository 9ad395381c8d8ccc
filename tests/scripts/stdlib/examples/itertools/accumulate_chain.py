"""accumulate, chain, compress, starmap, zip_longest, pairwise, tee, filterfalse."""
import itertools
import operator

data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(itertools.accumulate(data)))
print(list(itertools.accumulate(data, operator.mul)))
print(list(itertools.accumulate(data, max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
cashflows = [1000, -90, -90, -90, -90]
print(list(itertools.accumulate(cashflows, lambda bal, pmt: bal * 1.05 + pmt)))
print(list(itertools.chain('ABC', 'DEF')), list(itertools.chain.from_iterable(['ab', 'cd'])))
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.pairwise('ABCDE')))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.filterfalse(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.islice('ABCDEFG', 2)), list(itertools.islice('ABCDEFG', 2, None)))
running = itertools.accumulate(range(1, 11))
print(['%.1f' % (s / n) for n, s in enumerate(running, 1)])
try:
    itertools.islice('abc', -1)
except ValueError as e:
    print('ValueError:', e)
