def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "after-keyerror"
    finally:
        print("inner finally")
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer got return", r)
    yield "outer-end"

g = outer()
print(next(g)); print(g.send("a")); print(g.send("b")); print(next(g, "done"))

for how in ("class", "instance", "classvalue"):
    g = outer()
    next(g)
    if how == "class":
        print(g.throw(KeyError))
    elif how == "instance":
        print(g.throw(KeyError("i")))
    else:
        print(g.throw(KeyError, "v"))
    print(next(g))
    print(next(g, "done"))

g = outer(); next(g); g.close(); print("closed")
g = outer(); next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise
def wrap():
    try:
        yield from closer()
    finally:
        print("wrap finally")
g = wrap(); next(g); g.close()

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it-ret")
        return self.n
def over_it():
    r = yield from It()
    print("It returned", r)
g = over_it(); print(list(g))

def raiser():
    raise StopIteration(42)
class It2:
    def __iter__(self): return self
    def __next__(self): return raiser()
def over2():
    r = yield from It2()
    print("It2 returned", r)
    yield "x"
print(list(over2()))

def over_map():
    r = yield from map(lambda v: raiser() if v == 2 else v, [1, 2, 3])
    print("map returned", r)
print(list(over_map()))

class Th:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("Th.throw", [type(x).__name__ if not isinstance(x, type) else x.__name__ for x in a])
        return "thrown"
    def close(self): print("Th.close")
def over_th():
    yield from Th()
g = over_th(); next(g); print(g.throw(KeyError)); print(g.throw(KeyError, "v")); g.close()

def gen_ret():
    yield 1
    return [1, 2]
def d():
    x = yield from gen_ret()
    return x
g = d(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def sender():
    while True:
        v = yield
        print("sender got", v)
        if v == 3: return "s-ret"
def sd():
    r = yield from sender()
    print("sd", r)
g = sd(); next(g); g.send(1); g.send(2)
try: g.send(3)
except StopIteration: print("stopped")

def yf_list():
    r = yield from [1, 2]
    print("list ret", r)
print(list(yf_list()))
class NoSend:
    def __iter__(self): return self
    def __next__(self): return 5
def ns():
    yield from NoSend()
g = ns(); next(g)
try: g.send(1)
except AttributeError as e: print("AE", e)

def ret_on_throw():
    try:
        yield 1
    except KeyError:
        return "caught-and-returned"
def outer2():
    r = yield from ret_on_throw()
    print("outer2 got", r)
    yield "outer2-next"
g = outer2(); next(g); print(g.throw(KeyError)); print(next(g, "end"))
g = outer2(); next(g); print(g.throw(KeyError, KeyError("same")))

def bad_close():
    try:
        yield 1
    finally:
        raise OSError("from inner close")
def outer3():
    try:
        yield from bad_close()
    except OSError as e:
        print("outer3 saw", e)
        raise
g = outer3(); next(g)
try: g.close()
except OSError as e: print("close raised", e)

def outer4():
    try:
        yield from closer()
    except GeneratorExit:
        print("outer4 GeneratorExit")
        raise
g = outer4(); next(g)
try: g.throw(GeneratorExit)
except GeneratorExit: print("GeneratorExit out")

def nested3():
    r = yield from outer2()
    print("nested3", r)
g = nested3(); next(g); print(g.throw(KeyError)); print(next(g, "fin"))

g = outer2()
try: g.throw(KeyError("before start"))
except KeyError as e: print("unstarted", e)
try: outer2().throw(1)
except TypeError as e: print(e)
try: outer2().throw(KeyError("a"), 1)
except TypeError as e: print(e)

def reenter():
    yield from inner_self()
def inner_self():
    try:
        yield 1
    except KeyError:
        print(g5.throw(ValueError) if False else "inner handled")
        try:
            next(g5)
        except ValueError as e:
            print("reentry:", e)
        yield 2
g5 = reenter(); next(g5); print(g5.throw(KeyError))
