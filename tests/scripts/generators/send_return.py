def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return 'final total %d' % total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value, '| args:', e.args)
def gen_ret():
    yield 1
    return 42
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, repr(e))
def no_ret():
    yield 1
g = no_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print('TypeError:', e)
def coroutine():
    print('received', (yield 'first'))
    print('received', (yield 'second'))
c = coroutine()
print(next(c))
print(c.send('A'))
try:
    c.send('B')
except StopIteration:
    print('coroutine finished')
