# Subscripting classes: list[int] and the other built-in generic aliases,
# deriving from an alias, and a class's own __class_getitem__.
class A: pass
print(repr(list[int]), dict[str, list[int]], tuple[int, ...], list[A], type[int], list[int].__origin__, list[int].__args__, list[int]([1,2]), list[int].__parameters__)
print(type(list[int]))
class B(list[int]): pass
print(B.__mro__, B.__orig_bases__)
b = B([1]); b.append(2); print(b)
def f(x: dict[str, int]) -> list[str]:
    return list(x)
print(f({"a": 1}), f.__annotations__)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"])
class H(G): pass
print(H[3])
for x in (int, A):
    try: x[1]
    except TypeError as e: print(e)
