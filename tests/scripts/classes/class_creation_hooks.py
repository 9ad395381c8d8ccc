# __set_name__ on the attributes of a new class, and __init_subclass__
# with class keywords (object's takes none).
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else f"value of {self.name}"

class UsesDesc:
    alpha = Desc()
    beta = Desc()
print(UsesDesc.alpha.name, UsesDesc().beta)

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.plugins, P1.plugin_name)
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)


class Validated:
    def __init_subclass__(cls, **kw):
        for name in getattr(cls, "required", ()):
            if name not in cls.__dict__:
                raise TypeError(f"{cls.__name__} lacks {name}")
class Ok(Validated):
    required = ("run",)
    def run(self): pass
try:
    class Missing(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.private, None) if obj is not None else self
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Rec:
    x = Field()
    y = Field()
r = Rec(); r.x = 3
print(r.x, r.y, r._x, Rec.__dict__["y"].private)
Late = type("Late", (), {"f": Field()})
print(Late.__dict__["f"].private)
