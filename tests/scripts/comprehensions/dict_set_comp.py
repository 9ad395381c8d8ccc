print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 3 for x in range(10)})
print({len(w) for w in ['aa', 'b', 'cc', 'ddd']})
print(sorted({w.lower() for w in ['A', 'a', 'B']}))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({k: k.upper() for k in 'aab'})
