# Raising a class whose __new__ returns something that is not an exception
# is a TypeError naming the class by its repr; returning another exception works.
class Other(Exception):
    pass

class Redirect(Exception):
    def __new__(cls, *args):
        return Other(*args)

class Broken(Exception):
    def __new__(cls, *args):
        return 42

try:
    raise Redirect
except Exception as e:
    print(type(e).__name__)

try:
    raise Broken
except TypeError as e:
    print("TypeError:", e)
