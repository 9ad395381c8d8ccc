"""total_ordering on a Student class, as in the docs."""
from functools import total_ordering


@total_ordering
class Student:
    def __init__(self, firstname: str, lastname: str) -> None:
        self.firstname = firstname
        self.lastname = lastname

    def _is_valid_operand(self, other):
        return (hasattr(other, "lastname") and
                hasattr(other, "firstname"))

    def __eq__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) ==
                (other.lastname.lower(), other.firstname.lower()))

    def __lt__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) <
                (other.lastname.lower(), other.firstname.lower()))

    def __repr__(self) -> str:
        return f'Student({self.firstname!r}, {self.lastname!r})'


a = Student('Ann', 'Lee')
b = Student('bob', 'adams')
c = Student('ANN', 'lee')
print(a == c, a != b, a > b, a >= c, a <= b, b < a)
print(sorted([a, b, c]))
print(max(a, b), min([a, b, c]))
try:
    a < 5
except TypeError as e:
    print('TypeError:', e)


@total_ordering
class Version:
    def __init__(self, s: str):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __str__(self):
        return '.'.join(map(str, self.parts))


vs = [Version(v) for v in ['1.10.0', '1.2', '1.2.1', '0.9']]
print([str(v) for v in sorted(vs)])
print(Version('1.2') <= Version('1.2.0'), Version('2.0') < Version('10.0'))
