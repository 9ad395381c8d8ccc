# Keys added and deleted over and over leave deleted slots behind; lookups
# of absent keys must still end (this once looped for ever).
d = {1: "main"}
for i in range(2, 200):
    d[i] = i
    del d[i]
print(d, 50 in d, d.get(150), len(d))

registry = {}
for ident in range(1, 500):
    registry[ident] = "thread"
    if ident > 3:
        del registry[ident - 3]
print(sorted(registry), 7 in registry)

stack = {}
for i in range(100):
    stack[i] = i
    if i % 3 == 0:
        stack.popitem()
print(len(stack), list(stack)[:5], 99 in stack, 98 in stack)

s = {0}
for i in range(1, 300):
    s.add(i)
    s.discard(i)
print(s, 100 in s)
