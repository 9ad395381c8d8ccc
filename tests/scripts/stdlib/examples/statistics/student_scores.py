"""A tutorial-site style analysis of exam scores."""
import statistics as st
from typing import Dict, List

scores: Dict[str, List[float]] = {
    'math': [88, 92, 79, 93, 85, 90, 78, 88],
    'physics': [72, 85, 90, 66, 78, 81, 95, 70],
    'art': [95, 95, 91, 88, 99, 92, 90, 94],
}
print(f"{'subject':<10}{'mean':>8}{'median':>8}{'stdev':>8}{'mode':>6}")
for subject, vals in scores.items():
    print(f'{subject:<10}{st.mean(vals):>8.2f}{st.median(vals):>8.1f}{st.stdev(vals):>8.3f}{st.mode(vals):>6}')
all_scores = [v for vals in scores.values() for v in vals]
print('overall mean', round(st.mean(all_scores), 3), 'pstdev', round(st.pstdev(all_scores), 3))
q1, q2, q3 = st.quantiles(all_scores, n=4)
print('quartiles:', q1, q2, q3, 'IQR:', q3 - q1)
print(st.quantiles(all_scores, n=4, method='inclusive'))
best = max(scores, key=lambda s: st.mean(scores[s]))
print('best subject:', best)
print(st.mean([True, False, True]), st.median([3, 1, 2]), st.mean((1, 2.5)))
