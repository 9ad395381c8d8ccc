# getstate/setstate, Random instances with their own state, subclasses
# (overriding random() or getrandbits()), and SystemRandom.
import random

random.seed(3)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2], state[1][:3])
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.gauss()
state = random.getstate()
print(state[2])
g = random.gauss()
random.setstate(state)
print(g == random.gauss())

r1 = random.Random(10)
r2 = random.Random(10)
r3 = random.Random("ten")
print(r1.random() == r2.random(), r1.random(), r3.random())
random.seed(10)
r1.seed(10)
print(random.random() == r1.random())
print(isinstance(r1, random.Random), type(r1).__name__)
s = r1.getstate()
r2.setstate(s)
print(r1.randrange(10**12) == r2.randrange(10**12))
print(r1.sample(range(50), 5), r1.choices("ab", k=4), r1.uniform(1, 2))


class Halves(random.Random):
    def random(self):
        return 0.5


h = Halves(1)
print(h.random(), h.randrange(10), h.choice("abcdef"), h.uniform(0, 4), h.randint(1, 3))


class Counter(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.n += 1
        return self.n % (1 << k) if k else 0


c = Counter()
print(c.randrange(100), c.randrange(100), c.choice("xyz"))

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(0), sr.getrandbits(5) < 32)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sr.seed(5))
