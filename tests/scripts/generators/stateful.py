def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def filt(pred, it):
    for x in it:
        if pred(x):
            yield x
def mapg(f, it):
    for x in it:
        yield f(x)
print(take(5, mapg(lambda x: x * x, filt(lambda x: x % 3 == 0, naturals()))))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(12, primes()))
def window(seq, k):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup ran')
for v in cleanup():
    print('v', v)
g = cleanup()
print(next(g))
g.close()
print('after close')
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave('abc', [1, 2], 'XYZW')))
