"""A typical blog post: letter frequencies, grading with Counter & most_common."""
from collections import Counter, defaultdict
from typing import Dict, List

grades: Dict[str, List[int]] = {
    'alice': [90, 85, 77],
    'bob': [60, 75, 80],
    'carol': [95, 92, 99],
}
letters = Counter()
by_letter = defaultdict(list)
for student, scores in grades.items():
    avg = sum(scores) / len(scores)
    letter = 'A' if avg >= 90 else 'B' if avg >= 80 else 'C' if avg >= 70 else 'F'
    letters[letter] += 1
    by_letter[letter].append(student)
    print(f'{student.title():<6} avg={avg:6.2f} -> {letter}')
print(letters.most_common())
for letter in sorted(by_letter):
    print(letter, ', '.join(by_letter[letter]))

sentence = 'It was the best of times it was the worst of times'
freq = Counter(sentence.lower().split())
width = max(len(w) for w in freq)
for word, count in freq.most_common():
    print(f'{word:>{width}} {"*" * count}')
print(Counter('hello world').most_common(1)[0])
