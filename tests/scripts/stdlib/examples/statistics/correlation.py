"""covariance, correlation, linear_regression (3.10+ docs)."""
from statistics import covariance, correlation, linear_regression, mean

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y))
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(z, x))
print(correlation(x, x), correlation(x, z))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = linear_regression(year, films_total)
print(round(slope * 2019 + intercept))
res = linear_regression([1, 2, 3], [2, 4, 6.5])
print(res, res.slope)
try:
    correlation([1, 1, 1], [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
try:
    covariance([1], [2])
except Exception as e:
    print(type(e).__name__, e)
