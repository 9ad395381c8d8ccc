def f():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally overrides'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed by return'
print(h())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            print('iter', i)
        finally:
            print('finally', i)
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_continue())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def exc_in_finally():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('wf', n)
print(while_finally())
