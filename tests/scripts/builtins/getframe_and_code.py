# sys._getframe and what frame and code objects show: names, lines,
# locals, f_back; function __code__ and __kwdefaults__; tb_frame.
import sys
def inner(a, b=2):
    c = a + b
    f = sys._getframe(); print(f.f_code.co_name, f.f_lineno, sorted(kv for kv in f.f_locals.items() if kv[0] != 'f'), f.f_globals is globals())
    g = sys._getframe(1)
    print(g.f_code.co_name, g.f_lineno, g.f_code.co_filename == __file__)
    print(f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    return f
def outer():
    x = 5
    return inner(x)
fr = outer()
print(fr.f_back.f_back.f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
def k(a, b, *args, c=1, d=2, **kw):
    e = 1
    def inner2(): return e
    return inner2
co = k.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, k.__kwdefaults__, co.co_firstlineno)
print(k(1,2).__code__.co_freevars)
print(co.co_flags & 0x0c)
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
def caller_name():
    return sys._getframe(1).f_code.co_name
def some_function():
    return caller_name()
print(some_function())
print(sys._getframe().f_code.co_name)
