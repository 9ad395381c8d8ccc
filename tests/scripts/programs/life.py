def step(cells, w, h):
    new = set()
    for y in range(h):
        for x in range(w):
            n = sum((x + dx, y + dy) in cells
                    for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                    if (dx, dy) != (0, 0))
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new
def show(cells, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in cells else '.' for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 6, 6
cells = glider
for gen in range(4):
    print('gen', gen, 'alive', len(cells))
    show(cells, w, h)
    cells = step(cells, w, h)
print(sorted(cells))
