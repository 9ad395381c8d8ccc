"""A leaderboard kept sorted with insort; rank lookups with bisect (descending via negation)."""
import bisect
import random
from dataclasses import dataclass, field
from typing import List, Tuple


@dataclass
class Leaderboard:
    _scores: List[Tuple[int, str]] = field(default_factory=list)

    def submit(self, player: str, score: int) -> int:
        entry = (-score, player)
        bisect.insort(self._scores, entry)
        return self._scores.index(entry) + 1

    def rank_of_score(self, score: int) -> int:
        return bisect.bisect_left(self._scores, (-score, '')) + 1

    def top(self, n: int = 3) -> List[Tuple[str, int]]:
        return [(p, -s) for s, p in self._scores[:n]]

    def percentile(self, score: int) -> float:
        below = len(self._scores) - bisect.bisect_right(self._scores, (-score, '\uffff'))
        return 100.0 * below / len(self._scores)


random.seed(2023)
board = Leaderboard()
names = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal']
for name in names:
    score = random.randint(100, 1000)
    rank = board.submit(name, score)
    print(f'{name:>4} scored {score:>4} -> rank {rank}')
print('top 3:', board.top())
for s in (1000, 500, 100):
    print(f'score {s}: would rank #{board.rank_of_score(s)}, beats {board.percentile(s):.1f}%')
