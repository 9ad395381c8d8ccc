"""Counting words across 'files' with a thread pool and Counter."""
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict

DOCS: Dict[str, str] = {
    'a.txt': 'the cat sat on the mat',
    'b.txt': 'the dog ate the cat food',
    'c.txt': 'a bird in the hand is worth two in the bush',
    'd.txt': '',
}


def count_words(name: str) -> Counter:
    return Counter(DOCS[name].split())


total = Counter()
per_file = {}
with ThreadPoolExecutor(max_workers=4) as executor:
    futures = {executor.submit(count_words, n): n for n in DOCS}
    for fut in as_completed(futures):
        name = futures[fut]
        per_file[name] = fut.result()
for name in sorted(per_file):
    total.update(per_file[name])
    per_file[name] = sum(per_file[name].values())

for name in sorted(per_file):
    print(f'{name:8} {per_file[name]:3d} words')
print('-' * 20)
for word, n in total.most_common(5):
    print(f'{word!r:>8}: {n}')
