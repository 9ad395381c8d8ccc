# enum: IntEnum, StrEnum, Flag and IntFlag (|, &, ^, ~, membership, iteration,
# pseudo-members, boundaries), auto for each kind
import enum
from enum import IntEnum, StrEnum, Flag, IntFlag, auto


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()
    UNO = 1


print(repr(Number.ONE), str(Number.TWO), format(Number.THREE), f'{Number.ONE:>4}|{Number.TWO:03d}', '%s %d' % (Number.ONE, Number.ONE))
print(Number.ONE + 1, Number.TWO * 3, Number.THREE == 3, Number.ONE < Number.TWO, sorted([Number.THREE, Number.ONE]), int(Number.TWO))
print(Number(2), Number['UNO'], list(Number), len(Number), isinstance(Number.ONE, int), hash(Number.ONE) == hash(1))
print({1: 'one'}[Number.ONE], {Number.TWO: 'two'}[2], Number.ONE in [1, 5], max(Number), Number.TWO.value, Number.TWO.name)
try:
    Number(7)
except ValueError as e:
    print('ValueError', e)


class Method(StrEnum):
    GET = auto()
    POST = 'post'
    DELETE = auto()


print(repr(Method.GET), str(Method.GET), format(Method.POST), f'[{Method.DELETE:>8}]', Method.GET == 'get', Method.GET.upper())
print(Method('post'), list(Method), Method.POST + '!', isinstance(Method.GET, str), len(Method.DELETE), Method.GET.value)
try:
    class BadStr(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError', e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.value, RW.name, repr(Perm.R & Perm.W), repr(Perm.R ^ RW), repr(~Perm.R), repr(~RW))
print(Perm.R in RW, Perm.X in RW, bool(Perm(0)), bool(Perm.R), repr(Perm(0)), repr(Perm(7)), repr(Perm(3)), Perm(6) is RW)
print(list(RW), len(RW), list(Perm), len(Perm), list(Perm(0)), len(Perm(0)), list(~Perm.X))
for value in [8, 9, -1]:
    try:
        Perm(value)
    except ValueError as e:
        print('ValueError', repr(str(e)))
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)


class Options(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()
    AB = A | B
    ALL = A | B | C | D


print(list(Options), [o.value for o in Options], repr(Options.AB), repr(Options.ALL), repr(Options.A | Options.B), len(Options))
print(repr(Options.ALL & ~Options.B), Options.AB in Options.ALL, list(Options.ALL), Options['AB'], Options(3))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IPerm.R | IPerm.W), str(IPerm.R | IPerm.W), format(IPerm.R), repr(~IPerm.R), repr(IPerm(8)), repr(IPerm.R | 8))
print(IPerm.R | IPerm.W == 6, IPerm.R + 1, repr(IPerm.R | 1), repr(1 | IPerm.W), repr(IPerm(0)), IPerm.W in (IPerm.R | IPerm.W))
print(list(IPerm), list(IPerm(7)), isinstance(IPerm.R, int), IPerm(5), repr(IPerm(5)), IPerm.R & 6, repr(IPerm.R ^ IPerm.R))


class Small(Flag, boundary=enum.CONFORM):
    ONE = 1
    TWO = 2


print(repr(Small(7)), repr(Small(4)))


class Ejected(Flag, boundary=enum.EJECT):
    ONE = 1
    TWO = 2


print(Ejected(7), type(Ejected(7)).__name__, repr(Ejected(3)))
print(enum.STRICT, enum.KEEP, Perm._boundary_ is enum.STRICT, IPerm._boundary_ is enum.KEEP)
print(repr(enum.Flag), repr(enum.IntFlag), repr(enum.Enum), enum.EnumMeta is enum.EnumType)
