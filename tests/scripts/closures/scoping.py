x = 'global'
def f():
    print(x)
f()
def g():
    x = 'local'
    def h():
        print(x)
    h()
g()
class C:
    x = 'class'
    def m(self):
        return x
    y = x + '!'
print(C().m(), C.y)
def loops():
    for i in range(3):
        pass
    return i
print(loops())
def comp_scope():
    n = 10
    return [n + i for i in range(3)]
print(comp_scope())
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def uses_before_assign():
    try:
        z = z + 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
z = 0
uses_before_assign()
print([x for x in range(2)], x)
