import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
    print(isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print('measured depth in range:', 900 <= depth <= 1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
try:
    infinite(0)
except RecursionError:
    print('second overflow also caught')
print(ok(800))
