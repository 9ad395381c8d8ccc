# typing: subscripted aliases and their reprs, Union/Optional rules, Literal, ClassVar,
# Final, Callable, Tuple, TypeVar, get_origin/get_args, errors
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, Literal, Final, ClassVar, cast, TYPE_CHECKING)

print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[int])
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple[int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, list])
print(Any, Optional, Union, List, Dict, Tuple, Callable, Iterable)
print(ClassVar[int], Final[int], Literal[1, 'a', None, True], Literal['x'])
print(Optional[List[int]], List[Optional[int]], Dict[str, List[Tuple[int, float]]])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], Union[int, None] == Union[None, int], List[int] == List[int], List[int] == List[str])
print(hash(List[int]) == hash(List[int]), hash(Union[int, str]) == hash(Union[str, int]))
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Union[int, str].__args__, Optional[int].__args__)
print(Callable[[int], str].__args__, Tuple[int, ...].__args__, Literal[1, 2].__args__)
print(typing.get_origin(List[int]), typing.get_origin(Union[int, str]) is Union, typing.get_origin(int))
print(typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]), typing.get_args(int), typing.get_args(Optional[int]))
print(Literal[1, 2, 1], Literal[1, 2] == Literal[2, 1])
print(Union[List[int], None], Union[Dict[str, int], List[int]])

T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, K, V, N, B, T.__name__, N.__constraints__, B.__bound__, K.__covariant__, V.__contravariant__)
print(List[T], Dict[K, V], Dict[str, T][int], List[T].__parameters__, Dict[K, V].__parameters__)
print(Dict[T, List[T]][int], Optional[T], Callable[[T], T], Union[T, int])
print(cast(int, 'not an int'), cast('List[int]', [1]), TYPE_CHECKING)

for bad in [lambda: Union[()], lambda: List[int, str], lambda: Dict[int], lambda: Callable[int],
            lambda: Callable[int, str], lambda: TypeVar('X', int), lambda: TypeVar('X', covariant=True, contravariant=True),
            lambda: TypeVar('X', int, str, bound=int), lambda: List[int][str], lambda: Optional[int, str],
            lambda: Union[1], lambda: Any[int], lambda: typing.List(), lambda: Optional()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Bad(Union[int, str]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad(Any):
        pass
    print('subclassing Any is allowed in 3.11')
except TypeError as e:
    print('TypeError', e)
