matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: [j for j in range(i)] for i in range(4)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ['hello', 'world', 'python']
print({w: {c: w.count(c) for c in w if w.count(c) > 1} for w in words})
print(sum([[i] * i for i in range(4)], []))
print([[c for c in w] for w in ['ab', 'cd']])
print(sorted({c for w in words for c in w}))
print([i for i in range(3)] + [j * 2 for j in range(3)])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
grid = ['#.#', '...', '##.']
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == '#'])
print(max(len(w) for w in words), [w for w in words if len(w) == max(len(x) for x in words)])
