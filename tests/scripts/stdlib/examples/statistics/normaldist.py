"""NormalDist examples from the docs (no random sampling printed raw)."""
from statistics import NormalDist, mean, stdev
import random

print(NormalDist(1060, 195).cdf(1200 + 0.5) - NormalDist(1060, 195).cdf(1100 - 0.5))
sat = NormalDist(1060, 195)
fraction = sat.cdf(1200 + 0.5) - sat.cdf(1100 - 0.5)
print(f'{fraction * 100 :.1f}% score between 1100 and 1200')
print(list(map(round, sat.quantiles())))
print(round(sat.inv_cdf(0.90)))
birth_weights = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
drug_effects = NormalDist(0.4, 0.15)
combined = birth_weights + drug_effects
print(round(combined.mean, 1), round(combined.stdev, 1))
temperature_february = NormalDist(5, 2.5)
print(temperature_february * (9/5) + 32)
n = NormalDist(100, 15)
print(n.mean, n.median, n.mode, n.stdev, n.variance)
print(round(n.pdf(100), 6), round(n.zscore(130), 3), round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 4))
random.seed(8675309)
samples = NormalDist(10, 2).samples(1000, seed=42)
print(len(samples), 9 < mean(samples) < 11, 1.5 < stdev(samples) < 2.5)
print(NormalDist() == NormalDist(0, 1), repr(NormalDist(1, 2)))
