# Functions made by the same def are distinct objects; each keeps its own
# defaults, attributes and closure.
def make(n):
    def inner(x=n):
        return x * 10
    return inner

a = make(1)
b = make(2)
print(a is b, a(), b(), a.__name__ == b.__name__)

def top():
    return "first"
first = top
def top():
    return "second"
print(first(), top(), first is top)

fs = []
for i in range(3):
    def f(k=i):
        return k
    f.tag = "f%d" % i
    fs.append(f)
print([g() for g in fs], [g.tag for g in fs], fs[0] is fs[1])

class A:
    def m(self):
        return "A.m"
print(A.m is A.m, A().m(), A.__dict__["m"] is A.m)
