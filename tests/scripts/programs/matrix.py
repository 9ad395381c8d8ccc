class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __mul__(self, other):
        if isinstance(other, Matrix):
            return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                            for j in range(other.m)] for i in range(self.n)])
        return Matrix([[v * other for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return 'Matrix(%r)' % (self.rows,)
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join(' '.join(str(v).rjust(width) for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(a + b)
print(2 * a)
print(a * 3 == 3 * a)
print(a.transpose())
print(repr(Matrix.identity(3)))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1])
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]))
