# types: the names of built-in types, SimpleNamespace, new_class.
import sys
import types

def f():
    yield 1

class A:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), isinstance(f.__code__, types.CodeType), types.GenericAlias is type(list[int]))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns == types.SimpleNamespace(a=1))
print(repr(types.SimpleNamespace()))
C = types.new_class("C", (A,), {}, lambda ns: ns.update({"k": 5}))
print(C.__name__, C.k, issubclass(C, A))
