found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print('found', found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        j += 1
        if j == 2:
            continue
        count += 1
    i += 1
print('count', count)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(search(g, 4), search(g, 7))
result = []
for x in range(3):
    for y in range(3):
        if x == y:
            continue
        result.append((x, y))
print(result)
