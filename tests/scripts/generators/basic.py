def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('yielding', i)
        yield i
        i += 1
    print('done')
g = count_up(3)
print(type(g).__name__)
for v in g:
    print('got', v)
print(list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
f = fib()
print([next(f) for _ in range(10)])
def two():
    yield 1
    yield 2
g = two()
print(next(g), next(g), next(g, 'default'))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(g))
print(sum(two()), max(two()), sorted(two(), reverse=True))
a, b = two()
print(a, b)
def lazy():
    print('body started')
    yield 'x'
lz = lazy()
print('generator created')
print(next(lz))
