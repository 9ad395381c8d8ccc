stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print('pop', stack.pop())
queue = ['a', 'b', 'c']
queue.append('d')
while queue:
    print('dequeue', queue.pop(0))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([x for row in matrix for x in row])
print(list(zip(*matrix)))
flat = []
for row in matrix:
    flat.extend(row)
print(flat, sum(flat))
