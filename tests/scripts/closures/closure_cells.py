def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c()
print(c(5), c.__closure__[0].cell_contents, len(c.__closure__), type(c.__closure__[0]).__name__)
def plain(): return 1
print(plain.__closure__, counter.__closure__)
def late():
    def f(): return x
    cell = f.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    x = 3
    return cell.cell_contents
print(late())
