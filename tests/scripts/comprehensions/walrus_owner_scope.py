# An assignment expression inside a comprehension binds in the enclosing
# function, and honours that function's `global` or `nonlocal` declaration.
def collect_global():
    global last_seen
    found = [last_seen := n * 2 for n in range(3)]
    return found

print(collect_global(), last_seen)

def outer():
    total = 0
    def inner():
        nonlocal total
        return [total := total + n for n in (1, 2, 3)]
    print(inner(), total)
    gen_last = None
    any((gen_last := w) == "b" for w in "abc")
    print(gen_last)

outer()

def nested_global():
    global deep
    return [[deep := (i, j) for j in range(2)] for i in range(2)]

print(nested_global(), deep)
print("last_seen" in globals(), "total" in globals())
