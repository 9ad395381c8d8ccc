class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, x):
        super().append(x * 2)
ml = MyList([1, 2])
ml.append(5)
print(ml, ml.sum(), len(ml), isinstance(ml, list), ml[1:])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dd = DefaultDict()
dd['a'] += 5
print(dd['a'], dd['b'], dd)
class Money(int):
    def __str__(self):
        return '$' + str(int(self))
m = Money(5)
print(str(m), m + 3, type(m + 3).__name__, m * 2)
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n.shout(), n == 'bob', len(n), n[0], type(n[0]).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e.code, e, e.args, isinstance(e, Exception))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s, repr(s))
