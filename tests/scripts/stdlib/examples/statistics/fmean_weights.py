"""Weighted averages, harmonic means for rates, and mixed types."""
import statistics
from fractions import Fraction

print(statistics.fmean([85, 92, 83, 91]))
grades = [85, 92, 83, 91]
weights = [0.20, 0.20, 0.30, 0.30]
print(sum(g * w for g, w in zip(grades, weights)) / sum(weights))
speeds = [40, 60]
print(statistics.harmonic_mean(speeds))
print(statistics.mean([1, 2, 3.5]), type(statistics.mean([1, 2, 3])).__name__)
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]))
print(statistics.median([Fraction(1, 2), Fraction(1, 3)]))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4], mu=2.5))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.geometric_mean([1, 10, 100]))
try:
    statistics.harmonic_mean([-1, 2])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)
try:
    statistics.geometric_mean([])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)
