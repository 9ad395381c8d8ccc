# statistics: variance, pvariance, stdev, pstdev (exact, correctly rounded), quantiles, NormalDist
import statistics
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance([1, 2, 3, 4]), statistics.variance(data), statistics.variance([1, 2, 3]))
print(repr(statistics.variance([1, 3, 5, 7])), repr(statistics.variance([1, 2, 3], xbar=2)))
print(statistics.variance([1.5, 2, 3]), statistics.variance(data, statistics.mean(data)))
print(statistics.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), statistics.pvariance([1, 2, 3, 4]))
print(repr(statistics.pvariance([1, 3, 5, 7])), statistics.pvariance([5]), statistics.pvariance(iter([1.0, 2.0])))
print(statistics.stdev([1, 2, 3, 4]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1, 2, 3, 4]), statistics.pstdev([3, 3]))
print(statistics.stdev([0.1 * i for i in range(1, 50)]), statistics.pstdev([10 ** 20, 10 ** 20 + 3]))
print(statistics.stdev([1, 2, 4], xbar=2), statistics.variance([1e100, 1e100 + 1e85, 1]))
print(statistics.variance([1.0, float('inf')]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
for i in range(1, 30):
    values = [(i * k * 7919) % 101 / (i + 1) for k in range(i + 2)]
    print(i, statistics.stdev(values), statistics.pstdev(values), statistics.variance(values))

print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2], n=4), statistics.quantiles([1, 2], n=4, method='inclusive'))
print(statistics.quantiles([1.5, 3, 7, 10], n=3, method='inclusive'), statistics.quantiles(range(100), n=1))
print(statistics.quantiles([4, 1, 3, 2], n=5), statistics.quantiles([4, 1, 3, 2], n=5, method='inclusive'))

for bad in [lambda: statistics.variance([1]), lambda: statistics.variance([]),
            lambda: statistics.stdev([1]), lambda: statistics.pvariance([]),
            lambda: statistics.pstdev([]), lambda: statistics.quantiles([1]),
            lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([1, 2], method='x'),
            lambda: statistics.variance(['a', 'b'])]:
    try:
        print(bad())
    except (statistics.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(round(nd.pdf(100), 12), round(nd.cdf(115), 12), nd.zscore(130))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 5 + nd)
print(statistics.NormalDist(1, 2) + statistics.NormalDist(3, 4), statistics.NormalDist() == statistics.NormalDist(0, 1))
fs = statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(fs.mean, 10), round(fs.stdev, 10))
try:
    statistics.NormalDist(0, -1)
except statistics.StatisticsError as e:
    print('StatisticsError', e)

std = statistics.NormalDist()
for p in [0.5, 0.975, 0.025, 0.1, 0.9, 1e-10, 1 - 1e-12, 0.3, 0.425, 0.075, 1e-300, 0.999999]:
    print(p, std.inv_cdf(p), nd.inv_cdf(p))
print(std.quantiles(), statistics.NormalDist(10, 2).quantiles(n=10))
print(statistics.NormalDist(2.4, 1.6).overlap(statistics.NormalDist(3.2, 2.0)), std.overlap(statistics.NormalDist(1, 1)), std.overlap(std))
print([round(std.cdf(std.inv_cdf(p)), 12) for p in (0.01, 0.5, 0.99)], std.pdf(0.5), nd.pdf(117.5))
zero = statistics.NormalDist(0, 0)
for bad in [lambda: zero.inv_cdf(0.5), lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.5), lambda: zero.pdf(1),
            lambda: zero.cdf(1), lambda: zero.overlap(std), lambda: std.overlap(1), lambda: zero.zscore(1)]:
    try:
        print(bad())
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
