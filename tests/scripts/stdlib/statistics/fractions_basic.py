# fractions.Fraction: construction, arithmetic with int/float, comparison, hashing, rounding
from fractions import Fraction

print(Fraction(3, 6), Fraction(-4, 6), Fraction(4, -6), Fraction(0, 5), Fraction(7))
print(repr(Fraction(1, 3)), str(Fraction(6, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction('3/7'), Fraction(' -1.25 '), Fraction('1e3'), Fraction('2.5e-2'), Fraction('+7'), Fraction('.5'))
print(Fraction(0.1), Fraction(2.5), Fraction.from_float(0.25), Fraction(True))
print(Fraction(1, 3).numerator, Fraction(1, 3).denominator, Fraction(-3, 9).as_integer_ratio())
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, a ** 2, a ** -2, Fraction(-2, 3) ** -3)
print(a + 0.5, 0.5 + a, a * 1.5, a ** 0.5, 2 ** Fraction(2), 4 ** Fraction(1, 2))
print(-a, +a, abs(Fraction(-5, 4)), int(Fraction(-7, 2)), float(Fraction(1, 8)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a != b)
print(a < b, a > b, a <= Fraction(1, 3), a >= 1, a < 0.5, Fraction(1, 2) < float('inf'), Fraction(1) > float('nan'))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(hash(Fraction(1, 3)), hash(Fraction(-1, 1)), hash(Fraction(10 ** 30, 7)))
print(bool(Fraction(0)), bool(Fraction(1, 9)), sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 5)]))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(1, 3).limit_denominator(2), Fraction(0.1).limit_denominator())
print(sum([Fraction(1, n) for n in range(1, 11)]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction('1/'), lambda: Fraction(1.5, 2),
            lambda: Fraction([1]), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: a.limit_denominator(0)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
