# statistics: covariance, correlation, linear_regression (and their errors)
import statistics

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(z, x), statistics.covariance(x, x))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y))
print(statistics.correlation([0.1, 2.7, 3.3, 4.8], [1.0, 2.5, 2.9, 6.2]), statistics.covariance([0.1, 2.2], [3.3, 4.4]))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
r = statistics.linear_regression(year, films_total)
print(r, round(r.slope * 2019 + r.intercept), r.slope, r.intercept, r[0], tuple(r), isinstance(r, tuple))
print(statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1], proportional=True))
for bad in [lambda: statistics.covariance([1, 2], [1]), lambda: statistics.covariance([1], [1]),
            lambda: statistics.correlation([1, 2, 3], [1, 2]), lambda: statistics.correlation([1], [2]),
            lambda: statistics.correlation([1, 1, 1], [1, 2, 3]), lambda: statistics.linear_regression([1, 2], [1]),
            lambda: statistics.linear_regression([1], [1]), lambda: statistics.linear_regression([2, 2, 2], [1, 2, 3])]:
    try:
        print(bad())
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
