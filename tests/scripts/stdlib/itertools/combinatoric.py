from itertools import product, permutations, combinations, combinations_with_replacement, islice

print(list(product('ab', range(3))))
print(list(product((0, 1), (0, 1), (0, 1))))
print(list(product('ab', repeat=2)), list(product()), list(product(repeat=3)), list(product('ab', [], 'c')))
print(list(product([1, 2], repeat=0)), list(product(iter('xy'), 'z')), type(product()).__name__)
print(len(list(product(range(3), repeat=4))), list(islice(product(range(10), repeat=6), 3)))

print(list(permutations(range(3))))
print(list(permutations('ABCD', 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1, 2, 3], 0)), list(permutations('ab', None)))
print(list(permutations(iterable='xyz', r=1)), len(list(permutations(range(5)))), type(permutations('')).__name__)
print(list(permutations([1, 1])))

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations([], 0)))
print(list(combinations(r=2, iterable=[3, 1, 2])), len(list(combinations(range(10), 4))), type(combinations('', 0)).__name__)

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([1, 2], 3)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement('ab', 0)), len(list(combinations_with_replacement(range(5), 3))), type(combinations_with_replacement('', 0)).__name__)

# all of them read their input at once, as CPython does
def gen():
    print('  reading input')
    yield 1
    yield 2

for f in (lambda g: product(g), lambda g: permutations(g), lambda g: combinations(g, 1), lambda g: combinations_with_replacement(g, 1)):
    it = f(gen())
    print('made', type(it).__name__)
    print(list(it))
