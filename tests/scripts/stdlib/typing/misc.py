# typing: final, get_overloads, assert_never, assert_type, Annotated, NewType, the other
# special forms and their reprs, AnyStr, Text, ParamSpec
import typing
from typing import (final, overload, get_overloads, clear_overloads, assert_never, assert_type,
                    Annotated, Never, NoReturn, Self, LiteralString, TypeAlias, TypeGuard,
                    Required, NotRequired, AnyStr, Text, ParamSpec, Concatenate, Callable, List)

print(Never, NoReturn, Self, LiteralString, TypeAlias, TypeGuard[int], Required[int], NotRequired[str])
print(AnyStr, AnyStr.__constraints__, Text is str, typing.Hashable, typing.Sized, typing.Awaitable[int])
print(Annotated[int, 'positive'], Annotated[List[int], 'a', 3], Annotated[int, 'x'] == Annotated[int, 'x'])
print(typing.get_args(Annotated[int, 'm', 2]), typing.get_origin(Annotated[int, 'm']) is Annotated)
P = ParamSpec('P')
print(P, Callable[P, int].__args__ == (P, int), Concatenate[int, P])


@final
class Leaf:
    pass


@final
def done():
    return 'done'


print(Leaf.__final__, done.__final__, done())


@overload
def area(x: int) -> int:
    ...


@overload
def area(x: float) -> float:
    ...


def area(x):
    return x * x


print(area(3), len(get_overloads(area)))
clear_overloads()
print(get_overloads(area))
print(assert_type(5, int))
try:
    assert_never('unexpected')
except AssertionError as e:
    print('AssertionError', e)
try:
    assert_never('y' * 200)
except AssertionError as e:
    print('AssertionError', e)
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: Never[int], lambda: Self(), lambda: TypeGuard[int, str],
            lambda: isinstance(1, typing.Optional), lambda: issubclass(int, typing.Union)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(isinstance(1, typing.Union[int, str]), isinstance(1.5, typing.Union[int, str]), isinstance(None, typing.Optional[int]))
print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance((), typing.List), issubclass(list, typing.List))
for bad in [lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]), lambda: isinstance(1, typing.Any)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
