# statistics: mean, fmean, geometric_mean, harmonic_mean, median family, mode, multimode
import statistics
from fractions import Fraction

print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4, 4]))
print(statistics.mean([-1.0, 2.5, 3.25, 5.75]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]))
print(statistics.mean([1, 2.5]), statistics.mean(iter([10, 20])), statistics.mean(range(101)))
print(repr(statistics.mean([True, False, True])), repr(statistics.mean([1e308, 1e308])))
print(statistics.mean([1, Fraction(1, 2)]), statistics.mean([0.5, Fraction(1, 2)]))
print(statistics.mean([float('inf'), 1.0]), statistics.mean([1, float('nan')]))

print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(iter([1, 2, 3])), statistics.fmean([1, 2, 3, 4]))
print(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.fmean(x for x in [1, 2]), statistics.fmean([0.1] * 10))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1, 2, 4]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]),
      statistics.harmonic_mean([1, 2, 4]), statistics.harmonic_mean([7]), statistics.harmonic_mean([0, 5]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))

print(statistics.median([1, 3, 5]), statistics.median([1, 3, 5, 7]), statistics.median([5, 1, 4, 2]),
      statistics.median([2.5]), statistics.median(['b', 'a', 'c']), statistics.median(iter([4, 1])))
print(statistics.median_low([1, 3, 5]), statistics.median_low([1, 3, 5, 7]),
      statistics.median_high([1, 3, 5]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7]),
      statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]),
      statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([7]),
      statistics.median_grouped([1.5, 2.5, 2.5, 9]))

print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(statistics.mode([1, 2, 2, 1]), statistics.mode('aabbbc'), statistics.mode([3.5]))
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode(''), statistics.multimode([1, 2, 3]))

for func, data in [(statistics.mean, []), (statistics.fmean, []), (statistics.median, []),
                   (statistics.median_low, []), (statistics.median_high, []),
                   (statistics.median_grouped, []), (statistics.mode, []),
                   (statistics.geometric_mean, []), (statistics.geometric_mean, [1, -1]),
                   (statistics.geometric_mean, [0, 1]),
                   (statistics.harmonic_mean, []), (statistics.harmonic_mean, [-1, 2]),
                   (statistics.harmonic_mean, [-1]), (statistics.fmean, iter([]))]:
    try:
        print(func(data))
    except statistics.StatisticsError as e:
        print(func.__name__, 'StatisticsError:', e)

for bad in [lambda: statistics.fmean([1, 2], weights=[1]),
            lambda: statistics.fmean([1, 2], weights=[0, 0]),
            lambda: statistics.harmonic_mean([1, 2], weights=[1]),
            lambda: statistics.harmonic_mean([1, 2], weights=[-1, 1]),
            lambda: statistics.mean(['a']),
            lambda: statistics.mean([1, 'a']),
            lambda: statistics.median_grouped(['a', 'b']),
            lambda: statistics.harmonic_mean(['x'])]:
    try:
        print(bad())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

print(issubclass(statistics.StatisticsError, ValueError))
