import random
random.seed(12345)
vals = [random.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in vals), len(vals))
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, len(set(ints)) > 1)
r = [random.randrange(10) for _ in range(100)]
print(all(0 <= x < 10 for x in r))
r2 = [random.randrange(5, 50, 5) for _ in range(100)]
print(all(x % 5 == 0 and 5 <= x < 50 for x in r2))
items = ['a', 'b', 'c']
print(all(random.choice(items) in items for _ in range(20)))
deck = list(range(20))
random.shuffle(deck)
print(len(deck), sorted(deck) == list(range(20)))
u = [random.uniform(2.5, 3.5) for _ in range(50)]
print(all(2.5 <= x <= 3.5 for x in u))
random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
second = [random.random() for _ in range(5)]
print(first == second)
random.seed(1)
a = random.randint(0, 10 ** 6)
random.seed(1)
print(a == random.randint(0, 10 ** 6))
print(type(random.random()).__name__, type(random.randint(1, 2)).__name__)
