"""Rational numbers (gilpy's `fractions`): the Fraction class.

Enough of CPython's Fraction for exact arithmetic (the `statistics` module
sums with it): construction from ints, Fractions, floats and strings,
arithmetic and comparisons mixed with int and float, hashing equal to equal
ints and floats, rounding, limit_denominator.
"""

import math as _math
import sys as _sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = _sys.hash_info.modulus
    _HASH_INF = _sys.hash_info.inf
except AttributeError:
    # The values CPython uses on 64-bit machines (gilpy hashes ints the same way).
    _HASH_MODULUS = 2 ** 61 - 1
    _HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None if it is not one."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for e in 'eE':
        if e in s:
            mantissa, _, exp_text = s.partition(e)
            body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
            if not _is_digits(body):
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        return None
    if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)):
        return None
    num = int((whole or '0').replace('_', '') + frac.replace('_', ''))
    den = 1
    exp -= len(frac.replace('_', ''))
    if exp >= 0:
        num *= 10 ** exp
    else:
        den = 10 ** -exp
    return sign * num, den


def _is_digits(s):
    if not s or s.startswith('_') or s.endswith('_') or '__' in s:
        return False
    return s.replace('_', '').isdigit()


class Fraction:
    """A rational number numerator/denominator, always in lowest terms."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational "
                                "instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, (int, Fraction))
              and isinstance(denominator, (int, Fraction))):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_pair(cls, n, d):
        """A Fraction from a pair already in lowest terms with d > 0."""
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: each operator works on Fraction/int pairs exactly and falls
    # back to float arithmetic when the other side is a float.

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._from_pair(int(other), 1)
        return None

    def __add__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator + c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(float(a)) + b
        return NotImplemented

    def __radd__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c + b
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator - c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c - b
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._numerator, a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c * b
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        c = a._coerce(b)
        if c is not None:
            if c._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * c._denominator))
            return Fraction(a._numerator * c._denominator, a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c / b
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        c = a._coerce(b)
        if c is not None:
            return (a._numerator * c._denominator) // (a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        c = a._coerce(b)
        if c is not None:
            d = a._denominator * c._denominator
            return Fraction((a._numerator * c._denominator) % (c._numerator * a._denominator), d)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        c = a._coerce(b)
        if c is not None:
            return (a // c, a % c)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return divmod(c, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, Fraction) and b._denominator == 1:
            b = b._numerator
        if isinstance(b, int):
            power = int(b)
            if power >= 0:
                return Fraction._from_pair(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction._from_pair(a._denominator ** -power, a._numerator ** -power)
            return Fraction._from_pair((-a._denominator) ** -power,
                                       (-a._numerator) ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._from_pair(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_pair(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_pair(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_value = _HASH_INF
        else:
            hash_value = hash(hash(abs(self._numerator)) * inverse)
        result = hash_value if self._numerator >= 0 else -hash_value
        return -2 if result == -1 else result

    def _compare(self, other):
        """-1, 0 or 1 comparing self with other, or None if other is not a number we know."""
        c = self._coerce(other)
        if c is None:
            if isinstance(other, float):
                if other != other or other in (float('inf'), float('-inf')):
                    return None
                c = Fraction(other)
            else:
                return None
        left = self._numerator * c._denominator
        right = c._numerator * self._denominator
        return (left > right) - (left < right)

    def __eq__(a, b):
        if isinstance(b, float) and (b != b or b in (float('inf'), float('-inf'))):
            return False
        r = a._compare(b)
        if r is None:
            return NotImplemented
        return r == 0

    def _order(a, b, test):
        if isinstance(b, float) and b != b:
            return False
        if isinstance(b, float) and b in (float('inf'), float('-inf')):
            return test(0.0, b)
        r = a._compare(b)
        if r is None:
            return NotImplemented
        return test(r, 0)

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
