# int(x) calls x.__int__ (then __index__, __trunc__) and insists on an int result;
# an int subclass or bool result is narrowed to a plain int.
class Good:
    def __int__(self):
        return 7

class Sub(int):
    pass

class ViaIndex:
    def __index__(self):
        return 9

class Bad:
    def __int__(self):
        return "7"

class BadIndex:
    def __index__(self):
        return 1.5

print(int(Good()), int(ViaIndex()))
for obj in (Bad(), BadIndex()):
    try:
        int(obj)
    except TypeError as e:
        print("TypeError:", e)
