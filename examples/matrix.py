# matrix.py - matrices as lists of lists, built with comprehensions.
#
# Shows: list comprehensions (nested, with conditions), zip(*rows) to
# transpose, sum() over generator expressions, enumerate, and str.join.


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(column) for column in zip(*m)]


def multiply(a, b):
    columns = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def show(title, m):
    print(title)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


def main():
    a = [[i * 3 + j + 1 for j in range(3)] for i in range(3)]
    show("a:", a)
    show("transpose(a):", transpose(a))
    show("a x identity:", multiply(a, identity(3)))
    show("a x a:", multiply(a, a))

    diagonal = [a[i][i] for i in range(len(a))]
    print("diagonal:", diagonal, "trace:", sum(diagonal))
    print("odd entries:", [x for row in a for x in row if x % 2 == 1])
    print("row sums:", [sum(row) for row in a])
    print("column sums:", [sum(col) for col in zip(*a)])
    print("where > 5:", [(i, j) for i, row in enumerate(a) for j, x in enumerate(row) if x > 5])
    print("symmetric a + a^T:", all(
        m[i][j] == m[j][i]
        for m in [[[x + y for x, y in zip(r, c)] for r, c in zip(a, transpose(a))]]
        for i in range(3) for j in range(3)
    ))


main()
