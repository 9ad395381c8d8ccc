class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
p = P(1, 'a')
print(p)
print(str(p), repr(p))
print([p], (p,), {'k': p})
print(f'{p} {p!r}')
print('%s %r' % (p, p))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'only str'
print(OnlyStr())
print(str([OnlyStr()]).startswith('[<__main__.OnlyStr object at'))
