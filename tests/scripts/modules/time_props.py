import time
t0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t1 = time.monotonic()
print(t1 >= t0, total)
print(time.time() > 0)
print(time.time() > 1600000000)
print(type(time.time()).__name__, type(time.monotonic()).__name__)
stamps = [time.monotonic() for _ in range(50)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
w0 = time.time()
w1 = time.time()
print(w1 - w0 < 60)
