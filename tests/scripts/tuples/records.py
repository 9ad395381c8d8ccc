students = [('ann', 'math', 91), ('ben', 'art', 78), ('cy', 'math', 85), ('di', 'art', 92)]
for name, subject, score in sorted(students, key=lambda s: (s[1], -s[2])):
    print('%-4s %-5s %3d' % (name, subject, score))
best = max(students, key=lambda s: s[2])
print('best:', best[0])
by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append(score)
for subject, scores in by_subject.items():
    print(subject, sum(scores) / len(scores))
pairs = list(zip(*students))
print(pairs[0], pairs[2])
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print((1, 2) + (3,), (1,) * 0, tuple(reversed((1, 2, 3))))
print(tuple(sorted({3: 0, 1: 0})))
t = ([1], [2])
t[0].extend([9, 9])
print(t)
print(len(()), () == tuple(), (1, 2) != (2, 1))
print(max((1, 'b'), (1, 'a')), min([(0, 5), (0, 1)]))
