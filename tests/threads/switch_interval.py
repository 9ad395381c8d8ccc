# sys.setswitchinterval checks its argument as CPython 3.11 does: a real
# number (int, float, or an object with __float__ / __index__), strictly
# positive; anything else is a TypeError, zero or less a ValueError.
import sys
import threading


class HasFloat:
    def __float__(self):
        return 0.01


class HasIndex:
    def __index__(self):
        return 2


for value in ["fast", None, [1], 0, -1, 0.0, -0.5, 1, True, 0.001, 0.005, HasFloat(), HasIndex()]:
    shown = type(value).__name__ if isinstance(value, (HasFloat, HasIndex)) else repr(value)
    try:
        sys.setswitchinterval(value)
        print(shown, "accepted:", sys.getswitchinterval())
    except (TypeError, ValueError) as e:
        print(shown, type(e).__name__ + ":", e)

for args in [(), (1, 2)]:
    try:
        sys.setswitchinterval(*args)
    except TypeError as e:
        print(len(args), "arguments:", e)
try:
    sys.setswitchinterval(interval=0.1)
except TypeError as e:
    print("keyword:", e)

# A short interval still lets threads take turns.
sys.setswitchinterval(0.0005)
total = []
def work(n):
    s = 0
    for i in range(20000):
        s += i
    total.append(s)
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
