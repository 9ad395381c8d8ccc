# Thread subclasses, names, results collected after join, and an exception
# that ends one thread while the others go on.
import threading

class Squarer(threading.Thread):
    def __init__(self, n, out):
        super().__init__()
        self.n = n
        self.out = out

    def run(self):
        self.out[self.n] = self.n * self.n

out = {}
ts = [Squarer(i, out) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print([t.is_alive() for t in ts], ts[0].name.startswith("Thread-"))

def named():
    pass
t = threading.Thread(target=named, name="worker-7")
t.start(); t.join()
print(t.name, t.ident is not None, threading.main_thread().name)

def boom():
    raise ValueError("bad thing")
t = threading.Thread(target=boom, name="exploder")
t.start(); t.join()
print("main goes on", threading.active_count())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
