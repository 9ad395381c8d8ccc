fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make(n):
    return lambda: n
fns = [make(i) for i in range(3)]
print([f() for f in fns])
def outer():
    v = 1
    def get():
        return v
    v = 2
    return get
print(outer()())
def gen_closures():
    out = []
    for c in 'ab':
        def f():
            return c * 2
        out.append(f)
    return out
print([f() for f in gen_closures()])
x = 10
def read_x():
    return x
x = 20
print(read_x())
