"""Finding values in a sorted time series: nearest sample and range queries."""
import bisect
from typing import List, Tuple

timestamps: List[float] = [0.0, 1.5, 3.0, 4.5, 6.0, 7.5, 9.0]
values: List[str] = ['a', 'b', 'c', 'd', 'e', 'f', 'g']


def nearest(t: float) -> Tuple[float, str]:
    i = bisect.bisect_left(timestamps, t)
    if i == 0:
        return timestamps[0], values[0]
    if i == len(timestamps):
        return timestamps[-1], values[-1]
    before, after = timestamps[i - 1], timestamps[i]
    j = i if after - t < t - before else i - 1
    return timestamps[j], values[j]


def between(lo: float, hi: float) -> List[str]:
    return values[bisect.bisect_left(timestamps, lo):bisect.bisect_right(timestamps, hi)]


for t in (-1, 0.7, 0.8, 4.5, 5.4, 100):
    print(t, nearest(t))
print(between(1.5, 6.0), between(2, 2.5), between(-5, 50))
