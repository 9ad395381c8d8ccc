def f(x: int, y: str = 'd') -> str:
    return str(x) + y
print(f(1), f(2, 'z'))
print(f.__annotations__)
count: int = 5
print(count)
name: str
try:
    print(name)
except NameError as e:
    print('NameError:', e)
class C:
    a: int = 1
    b: str
    def m(self, v: 'C') -> None:
        return None
print(C.a, C.__annotations__)
print(hasattr(C, 'b'))
lst: list = []
lst.append(1)
print(lst)
