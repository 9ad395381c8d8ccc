# typing: class Foo(Generic[T]), Protocol, NewType, cast, overload, no_type_check,
# get_type_hints, annotations that use typing names
from typing import (Generic, TypeVar, Protocol, List, Dict, Optional, Union, Any, Callable,
                    NewType, cast, overload, no_type_check, get_type_hints, TYPE_CHECKING,
                    Iterable, Tuple, runtime_checkable)
import typing

T = TypeVar('T')
S = TypeVar('S')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box[List[str]], Box.__mro__, Box.__parameters__)
print(Box.__orig_bases__, Box[int].__origin__ is Box, Box[int].__args__)
print(Box[int](5).item, Box[int](5).__orig_class__)


class Pair(Generic[T, S]):
    def __init__(self, first: T, second: S):
        self.first, self.second = first, second


print(Pair[int, str], Pair.__parameters__, Pair[int, str](1, 'a').second)
for bad in [lambda: Pair[int], lambda: Box[int, str], lambda: Generic[int], lambda: Generic[T, T],
            lambda: Generic[T][int], lambda: Generic()]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)


class IntBox(Box[int]):
    pass


print(IntBox(7).get(), IntBox.__mro__, IntBox.__orig_bases__)


class Mixed(Dict[str, T]):
    pass


m = Mixed()
m['k'] = 1
print(m, Mixed.__mro__, Mixed[int])


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return 'hello'


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()), Greeter.__mro__[1:], typing.Protocol[T])


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


print(Closable._is_runtime_protocol)

UserId = NewType('UserId', int)
uid = UserId(524313)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError', e)

print(cast(str, 1), cast(List[int], 'x'), cast('Dict', None))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double('ab'))


@overload
def only_overload(x: int) -> int:
    ...


try:
    only_overload(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


@no_type_check
def loose(a: 'not a type') -> 'whatever':
    return a


print(loose(1), loose.__no_type_check__, get_type_hints(loose))


def annotated(a: int, b: str = 'x', *args: float, c: Optional[List[int]] = None,
              d: 'int' = 0, **kw: Any) -> Dict[str, int]:
    return {}


hints = get_type_hints(annotated)
for name in sorted(hints):
    print(name, hints[name])
print(annotated.__annotations__['c'], annotated.__annotations__['return'])


def none_return(x: None) -> None:
    pass


print(get_type_hints(none_return))


class Annotated:
    count: int
    names: List[str]
    maybe: Optional['Annotated']
    callback: Callable[[int], None]


class MoreAnnotated(Annotated):
    extra: Tuple[int, ...]


for name, hint in get_type_hints(MoreAnnotated).items():
    print(name, hint)
print(MoreAnnotated.__annotations__)
print(TYPE_CHECKING)
if TYPE_CHECKING:
    print('never printed')


def process(items: Iterable[T], key: Callable[[T], S]) -> Dict[S, List[T]]:
    out = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


print(process(range(10), lambda n: n % 3))
