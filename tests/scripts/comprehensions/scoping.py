x = 'outer'
r = [x for x in range(3)]
print(r, x)
i = 99
print([i for i in 'ab'], i)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
class C:
    base = 10
    vals = [b * 2 for b in range(3)]
print(C.vals)
funcs = [lambda: k for k in range(3)]
print([g() for g in funcs])
funcs2 = [(lambda k=k: k) for k in range(3)]
print([g() for g in funcs2])
y = 2
print([y * z for z in range(4)])
print({v: y for v in range(2)})
try:
    print(k)
except NameError as e:
    print('NameError:', e)
nested = [[row * 10 + col for col in range(3)] for row in range(2)]
print(nested)
print([(a, b) for a in range(3) for b in range(a)])
