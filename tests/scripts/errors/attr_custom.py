class Foo:
    def __init__(self):
        self.total = 1
f = Foo()
print(f.total)
print(f.bar)
