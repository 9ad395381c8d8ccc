class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'exhausted'))
for x in Countdown(3):
    print('got', x)
class Repeatable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Repeatable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
a, b, c = Repeatable('xyz')
print(a, b, c)
print(dict(zip(Repeatable('ab'), Countdown(2))))
class GenIter:
    def __iter__(self):
        yield 'g1'
        yield 'g2'
print(list(GenIter()), [s.upper() for s in GenIter()])
it = iter([10, 20])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
print(iter(it) is it)
