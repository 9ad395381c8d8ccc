# A function's __dict__ is the live attribute dict: changes made through it
# are attributes, and attributes show in it.
def f():
    return f.__dict__.get('calls', 0)


d = f.__dict__
print(d, d is f.__dict__)
d['calls'] = 3
print(f.calls, f())
f.other = 'x'
print(sorted(d.items()))
d.update({'a': 1, 'b': 2})
print(f.a, f.b, sorted(f.__dict__))
del f.a
print('a' in d, hasattr(f, 'a'))
d.pop('b')
print(hasattr(f, 'b'))
d.clear()
print(f.__dict__, hasattr(f, 'calls'))


def make():
    def inner():
        pass
    return inner


g, h = make(), make()
g.__dict__['tag'] = 'g'
print(getattr(g, 'tag', None), getattr(h, 'tag', None))
