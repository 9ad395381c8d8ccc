"""Hyper-parameter grid search with itertools.product over a dict of lists (ML-blog style)."""
import itertools
from typing import Dict, List

param_grid: Dict[str, List] = {
    'learning_rate': [0.1, 0.01],
    'depth': [3, 5, 7],
    'loss': ['l1', 'l2'],
}


def fake_score(learning_rate: float, depth: int, loss: str) -> float:
    return round(1 / (1 + abs(depth - 5)) + (0.05 if loss == 'l2' else 0) - learning_rate, 4)


keys, values = zip(*param_grid.items())
combos = [dict(zip(keys, v)) for v in itertools.product(*values)]
print(len(combos), 'combinations')
results = sorted(((fake_score(**c), c) for c in combos), key=lambda t: t[0], reverse=True)
for score, params in results[:4]:
    print(f'{score:.4f}', ', '.join(f'{k}={v}' for k, v in params.items()))
print(list(itertools.islice(itertools.product('ab', repeat=3), 4)))
print([''.join(p) for p in itertools.product('01', repeat=3)])
print(sum(1 for _ in itertools.combinations(range(10), 3)), len(list(itertools.permutations('abcd', 2))))
