f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
print(frozenset(), type(f).__name__)
print(f | {4}, f & {1, 9})
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
s = {frozenset([1]), frozenset([1])}
print(len(s))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
