"""UserDict / UserList / UserString subclasses, as in many blog posts."""
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key: str, value) -> None:
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key: str):
        return super().__getitem__(key.lower())


class NoNegatives(UserList):
    def append(self, item: int) -> None:
        if item < 0:
            raise ValueError('negative numbers not allowed')
        super().append(item)


class Shout(UserString):
    def shout(self) -> str:
        return self.data.upper() + '!'


d = LowerDict({'Name': 'Ann'})
d['AGE'] = 42
print(d, d['name'], 'age' in d, len(d))
print(dict(d))
lst = NoNegatives([1, 2])
lst.append(3)
try:
    lst.append(-1)
except ValueError as e:
    print(e)
print(lst, lst[1:], type(lst[1:]).__name__, sum(lst))
s = Shout('hello')
print(s.shout(), s + ' world', len(s), s[1:3], s.upper(), isinstance(s, UserString))
