# threading.local: each thread has its own attributes (its own __dict__);
# del, hasattr, getattr with a default and __dict__ behave as on any
# object; a subclass's __init__ runs again in each thread that uses it.
import threading

loc = threading.local()
print(type(loc), type(loc).__name__, isinstance(loc, threading.local))
loc.x = 1
print(hasattr(loc, "x"), hasattr(loc, "y"), getattr(loc, "y", "default"), getattr(loc, "x", "default"))
print(loc.__dict__, vars(loc), "x" in dir(loc))
del loc.x
print(hasattr(loc, "x"), loc.__dict__)
for action in ("del", "get"):
    try:
        if action == "del":
            del loc.x
        else:
            loc.x
    except AttributeError as e:
        print(action, "AttributeError:", e)
setattr(loc, "y", 2)
delattr(loc, "y")
print(loc.__dict__)
loc.__dict__["z"] = 3
print(loc.z)
del loc.__dict__["z"]
for action in ("set", "del"):
    try:
        if action == "set":
            loc.__dict__ = {}
        else:
            del loc.__dict__
    except AttributeError as e:
        print(action, "__dict__ AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Each thread sees only its own values, also for the same local at once.
loc.x = "main"
seen = []
go = threading.Event()
def worker(n):
    seen.append((n, "start", hasattr(loc, "x"), dict(loc.__dict__)))
    loc.x = n
    go.wait()
    seen.append((n, "after wait", loc.x))
    del loc.x
    seen.append((n, "after del", hasattr(loc, "x")))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
for entry in sorted(seen, key=repr):
    print(entry)
print("main still has", loc.x, loc.__dict__)

# Many threads counting in one local at once: no thread sees another's count.
counts = threading.local()
results = []
def count(n):
    counts.value = 0
    for i in range(2000):
        counts.value += 1
        if i % 500 == 0:
            counts.__dict__.setdefault("marks", []).append(n)
    results.append((counts.value, counts.marks == [n] * 4))
threads = [threading.Thread(target=count, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(hasattr(counts, "value"))


# A subclass: class attributes are defaults an instance value shadows per
# thread; properties and methods work; __init__ runs again in each thread.
class Settings(threading.local):
    colour = "red"
    calls = []

    def __init__(self, size, unit="cm"):
        Settings.calls.append(threading.current_thread().name)
        self.size = size
        self.unit = unit

    @property
    def label(self):
        return "%d %s %s" % (self.size, self.unit, self.colour)

    def grow(self):
        self.size += 1
        return self.size


s = Settings(10, unit="mm")
s.colour = "blue"
print(s.label, s.grow(), Settings.colour, s.__dict__)
out = []
def use():
    out.append((s.label, s.grow(), s.grow(), sorted(s.__dict__)))
t = threading.Thread(target=use, name="user")
t.start()
t.join()
print(out, s.label, Settings.calls)
try:
    Settings.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.missing
except AttributeError as e:
    print("AttributeError:", e)


# An __init__ that fails in a thread fails that access; the next one tries again.
class Flaky(threading.local):
    tries = 0

    def __init__(self):
        Flaky.tries += 1
        if Flaky.tries == 2:
            raise ValueError("second __init__ fails")
        self.ok = True


f = Flaky()
got = []
def flaky():
    try:
        f.ok
    except ValueError as e:
        got.append("first access: %s" % e)
    got.append("second access: %s" % f.ok)
t = threading.Thread(target=flaky)
t.start()
t.join()
print(got, Flaky.tries)
