# exec, eval and compile: strings and code objects, given or caller namespaces,
# separate locals, eval of one expression only, and the errors.
ns={}; exec('',ns); print(type(ns['__builtins__']), list(ns))
print(eval('  1+2'), eval('x*2', {'x': 4}), eval('y', {}, {'y': 5}))
c = compile('a = 3\nb = a*2', 'myfile', 'exec'); d = {}; exec(c, d); print(d['b'], repr(c).split(' at ')[0])
e = compile('1+1', '<s>', 'eval'); print(eval(e), exec(e))
try: eval('x = 1')
except SyntaxError as err: print(err)
try: exec('1 +')
except SyntaxError as err: print(err)
try: eval('undefined_name')
except NameError as err: print(err)
def f():
    a = 1
    exec('a = 2; b = 3')
    return eval('a + 10')
print(f())
g = {'__name__': 'mod'}
exec('def h(): return __name__\nclass K: pass', g); print(g['h'](), g['K'].__module__)
try: exec(5)
except TypeError as err: print(err)
try: eval(5)
except TypeError as err: print(err)
exec('import math; r = math.sqrt(16)', g); print(g['r'])
print(eval('[i*i for i in range(n)]', {'n': 4}))
try: compile('x', 'f', 'bogus')
except ValueError as err: print(err)
loc = {}
exec('p = 1\nq = p + 1', {}, loc); print(sorted(loc.items()))
exec('counter += 1', globals()) if 'counter' in globals() else None
counter = 0
exec('counter += 1'); print(counter)
src = """
def make(n):
    return lambda x: x + n
"""
mod = {}
exec(src, mod)
print(mod['make'](3)(4))
print(eval("sum(x for x in range(5))"))
