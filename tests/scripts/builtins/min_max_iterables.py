print(min(x * x for x in range(-5, 5)), max(iter([3, 9, 2])), max("hello"), min([4, 2, 8], key=lambda v: -v), max([], default="empty"), min(3, 1, 2), max((1, 'b'), (1, 'a')), min({5: 1, 2: 3}))
def g():
    yield 5
    raise ValueError("mid")
try: max(g())
except ValueError as e: print("ValueError", e)
for bad in [lambda: max(5), lambda: min([]), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(max(range(10**6)), min(x for x in range(3, 10)))
