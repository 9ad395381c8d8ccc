"""cached_property and cmp_to_key from blog posts."""
from functools import cached_property, cmp_to_key
import statistics


class DataSet:
    def __init__(self, sequence_of_numbers):
        self._data = tuple(sequence_of_numbers)
        self.computed = 0

    @cached_property
    def stdev(self):
        self.computed += 1
        return statistics.stdev(self._data)


ds = DataSet([2, 4, 4, 4, 5, 5, 7, 9])
print(round(ds.stdev, 4), round(ds.stdev, 4), ds.computed)
print('stdev' in vars(ds))
del ds.stdev
print(round(ds.stdev, 4), ds.computed)


def compare(a, b):
    """Sort by length, then reverse alphabetically."""
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
K = cmp_to_key(compare)
print(K('ab') < K('abc'), K('b') == K('b'))


def numeric_compare(x, y):
    return x - y


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric_compare)))
