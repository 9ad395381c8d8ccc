# `del obj.attr` goes to a data descriptor on the class: its __delete__, a
# property's deleter, or an AttributeError when the descriptor has none.
class Logged:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        return "value of " + self.name
    def __set__(self, obj, value):
        print("set", self.name, value)
    def __delete__(self, obj):
        print("delete", self.name, type(obj).__name__)

class SetOnly:
    def __get__(self, obj, cls):
        return 1
    def __set__(self, obj, value):
        pass

class Host:
    field = Logged()
    stuck = SetOnly()
    ro = property(lambda self: 5)

h = Host()
h.__dict__["field"] = "shadow"
print(h.field)
h.field = 3
del h.field
print("field" in h.__dict__)
for name in ("stuck", "ro"):
    try:
        delattr(h, name)
    except AttributeError as e:
        print("AttributeError:", e)
