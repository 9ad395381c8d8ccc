"""Seeded random data summarised with statistics, formatted like tutorial output."""
import random
import statistics
from collections import Counter

random.seed(12345)
heights = [round(random.gauss(170, 8), 1) for _ in range(500)]
dice = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print(f'n={len(heights)} mean={statistics.mean(heights):.2f} median={statistics.median(heights)}')
print(f'stdev={statistics.stdev(heights):.3f} pvariance={statistics.pvariance(heights):.3f}')
print('deciles:', [round(q, 1) for q in statistics.quantiles(heights, n=10)])
print('dice mode:', statistics.mode(dice), 'multimode:', statistics.multimode(dice))
hist = Counter(dice)
for total in range(2, 13):
    print(f'{total:>2} {hist[total]:>4} {"#" * (hist[total] // 10)}')
nd = statistics.NormalDist.from_samples(heights)
print(f'fitted: mu={nd.mean:.2f} sigma={nd.stdev:.2f}, P(h>185)={1 - nd.cdf(185):.4f}')
print(random.choice(['a', 'b', 'c']), random.sample(range(100), 3), round(random.uniform(1, 2), 6))
items = list(range(10))
random.shuffle(items)
print(items, random.choices('xyz', weights=[1, 2, 7], k=6))
