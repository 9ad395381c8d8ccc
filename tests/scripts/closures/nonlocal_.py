def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
inc2()
print(get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'modified by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
