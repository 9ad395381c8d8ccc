def multiplier(k):
    def mul(x):
        return x * k
    return mul
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5), double('ab'))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
calls = []
def slow_sq(n):
    calls.append(n)
    return n * n
fast = memoize(slow_sq)
print(fast(4), fast(4), fast(5), calls, sorted(fast.cache))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {'push': push, 'pop': pop, 'size': size}
s = make_stack()
s['push'](1); s['push'](2)
print(s['size'](), s['pop'](), s['size']())
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, lambda v: v + 1, abs)(-41))
