# A CPU-bound thread cannot starve a sleeping one: with the GIL on, the
# sleeper gets the GIL back within a few switch intervals. (The bound is
# very generous, so a slow machine does not fail it; starving would take
# until the busy thread stops, over 2 s.)
import threading
import time

stop = threading.Event()
spins = [0]

def busy():
    n = 0
    while not stop.is_set():
        n += 1
    spins[0] = n

t = threading.Thread(target=busy)
t.start()
worst = 0.0
for _ in range(20):
    begin = time.monotonic()
    time.sleep(0.01)
    worst = max(worst, time.monotonic() - begin - 0.01)
stop.set()
t.join()
print(worst < 0.5, spins[0] > 0)
