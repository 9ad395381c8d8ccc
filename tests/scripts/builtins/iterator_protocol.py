# __iter__, __next__ and __length_hint__ as methods of the built-in iterators;
# iter(callable, sentinel).

d = {1: 'a', 2: 'b', 3: 'c'}
sources = [
    ("list", [1, 2, 3]), ("tuple", (1, 2, 3)), ("range", range(3)), ("str", "abc"),
    ("dict", d), ("values", d.values()), ("items", d.items()), ("keys", d.keys()), ("set", {1, 2, 3}),
    ("bytes", b"abc"), ("bytearray", bytearray(b"abc")),
]
for label, src in sources:
    it = iter(src)
    print(label, type(it).__name__, it.__iter__() is it, it.__length_hint__())
    first = it.__next__()
    print("  first", first, "hint", it.__length_hint__(), "rest", list(it), "hint", it.__length_hint__())
    try:
        it.__next__()
    except StopIteration as e:
        print("  StopIteration", repr(e), e.value)

print(iter([1, 2]).__next__(), iter(range(3)).__next__(), iter("xy").__next__())
print(iter(range(10, 0, -3)).__length_hint__(), list(range(10, 0, -3)))
print(iter(range(0, 10, 4)).__length_hint__(), iter(range(5, 5)).__length_hint__())

r = reversed([1, 2, 3])
print(r.__length_hint__(), r.__next__(), r.__length_hint__(), list(r), r.__length_hint__())
r = reversed((1, 2))
print(r.__length_hint__(), r.__next__(), r.__length_hint__())
lst = [1, 2, 3]
r = reversed(lst)
lst.clear()
print("cleared", r.__length_hint__(), list(r))

for it in [zip([1], [2]), map(abs, [-1]), filter(None, [0, 1]), enumerate("a"), (x for x in [5])]:
    print(type(it).__name__, it.__iter__() is it, it.__next__())
    try:
        it.__next__()
    except StopIteration:
        print("  exhausted")

# what operator.length_hint does: type(it).__length_hint__(it)
print(type(iter([1, 2, 3])).__length_hint__(iter([1, 2, 3])), iter({}).__length_hint__())

# iter(callable, sentinel)
stack = [1, 2, 3, 0, 4]
ci = iter(stack.pop, 0)
print(type(ci).__name__, ci.__iter__() is ci, list(ci), next(ci, "done"), stack)
it = iter([1, 2, 0, 3])
print(list(iter(it.__next__, 0)))
it = iter([1, 2])
print(list(iter(it.__next__, 99)))  # StopIteration from the callable ends it
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
try:
    iter(1, 2)
except TypeError as e:
    print("TypeError:", e)

# a list iterator notices appends
lst = [1]
it = iter(lst)
print(it.__next__(), it.__length_hint__())
lst.append(2)
print(it.__length_hint__(), it.__next__())

# dict iterator's hint is 0 once the dict changed size
dd = {1: 1, 2: 2}
it = iter(dd)
it.__next__()
dd[3] = 3
print("changed", it.__length_hint__())
try:
    it.__next__()
except RuntimeError as e:
    print("RuntimeError:", e)
