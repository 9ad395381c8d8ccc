def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
print(list(outer()))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
print(list(tree(t)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating_send():
    got = yield from echo()
    yield 'final ' + str(got)
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
g = delegating_send()
print(next(g), g.send(5), g.send(10), next(g))
