x = 5
print(x.real)
x.foo
