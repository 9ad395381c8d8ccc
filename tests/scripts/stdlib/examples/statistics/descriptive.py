"""statistics docs examples: averages and measures of spread."""
from statistics import *
from fractions import Fraction as F

print(mean([1, 2, 3, 4, 4]))
print(mean([-1.0, 2.5, 3.25, 5.75]))
print(mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(fmean([3.5, 4.0, 5.25]))
print(round(geometric_mean([54, 24, 36]), 1))
print(harmonic_mean([2.5, 3, 10]))
print(median([1, 3, 5]), median([1, 3, 5, 7]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(multimode('aabbbbccddddeeffffgg'), multimode(''))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(round(stdev(data), 10))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(variance(data))
print(variance([F(1, 6), F(1, 2), F(5, 3)]))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
try:
    mean([])
except StatisticsError as e:
    print('StatisticsError:', e)
try:
    stdev([1])
except StatisticsError as e:
    print('StatisticsError:', e)
