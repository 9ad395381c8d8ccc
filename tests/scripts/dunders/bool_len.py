class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)))
if B(False):
    print('no')
else:
    print('falsy B')
print(bool(L(0)), bool(L(3)), len(L(7)))
print(bool(Both()))
print(not B(True))
print(B(False) or 'fallback')
class Plain:
    pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print('TypeError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
