# A generator knows its function's names and whether it is running right now.
def walker():
    yield gen.gi_running
    yield gen.__name__

gen = walker()
print(gen.__name__, gen.__qualname__, gen.gi_running)
print(next(gen), next(gen))

class Tree:
    def nodes(self):
        yield 1

g = Tree().nodes()
print(g.__name__, g.__qualname__)
print(list(g), g.gi_running)
print((x for x in ()).__name__)
