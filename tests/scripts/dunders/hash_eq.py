class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'second'
print(len(d), d[Key(1, 2)])
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash('a') == hash('a'))
print(hash((1, 'x')) == hash((1, 'x')))
class Default:
    pass
o = Default()
print(hash(o) == hash(o), o == o, o != Default())
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
