# The with statement looks __enter__/__exit__ up on the type and calls them
# with the manager as first argument; every way out of the block calls exit.
import threading


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.swallow


with Manager("a") as got:
    print("body", got)

with Manager("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Manager("c"):
        raise KeyError("goes on")
except KeyError as e:
    print("caught", e)


def returns_from_inside():
    with Manager("d") as v:
        return v + "!"


print(returns_from_inside())

for i in range(3):
    with Manager("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

with Manager("outer") as o, Manager("inner") as n:
    print("both", o, n)


class InstanceOnly:
    pass


inst = InstanceOnly()
inst.__enter__ = lambda: "instance"
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print("TypeError", e)


class EnterOnly:
    def __enter__(self):
        return self


try:
    with EnterOnly():
        pass
except TypeError as e:
    print("TypeError", e)


class StaticExit:
    def __enter__(self):
        return self

    @staticmethod
    def __exit__(*args):
        print("static exit with", len(args), "args")


with StaticExit():
    pass

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")


class Sub(Manager):
    pass


with Sub("sub") as s:
    print(s)


def gen():
    with Manager("gen"):
        yield 1
        yield 2


print(list(gen()))
