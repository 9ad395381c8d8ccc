"""product, permutations, combinations, combinations_with_replacement."""
import itertools as it

print(list(it.product('AB', repeat=2)))
print(list(it.product([1, 2], 'xy')))
print(len(list(it.product(range(3), repeat=3))))
print([''.join(p) for p in it.permutations('ABC')])
print(list(it.permutations(range(3), 2)))
print(list(it.combinations('ABCD', 2)))
print(list(it.combinations_with_replacement('ABC', 2)))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 4) for c in it.combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
for i, combo in enumerate(it.combinations(['red', 'green', 'blue'], 2), start=1):
    print(f'{i}. {" + ".join(combo)}')
print(sum(1 for _ in it.permutations(range(6))))
print(list(it.combinations(range(4), 0)), list(it.combinations(range(2), 3)))
# a classic puzzle: SEND + MORE = MONEY (restricted search for speed)
def word_value(word, mapping):
    return int(''.join(str(mapping[c]) for c in word))
letters = 'SENDMORY'
found = None
for perm in it.permutations([9, 5, 6, 7, 1, 0, 8, 2]):
    m = dict(zip(letters, perm))
    if m['S'] and m['M'] and word_value('SEND', m) + word_value('MORE', m) == word_value('MONEY', m):
        found = m
        break
print(found)
