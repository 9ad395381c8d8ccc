class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, 2), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx('a') as v:
    print('inside', v)
with Ctx('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Ctx('outer') as o, Ctx('inner') as i:
    print('both', o, i)
def f():
    with Ctx('ret'):
        return 'returned value'
print(f())
for n in range(3):
    with Ctx('loop' + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print('body', n)
