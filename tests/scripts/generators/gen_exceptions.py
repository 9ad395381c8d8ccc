def faulty():
    yield 1
    raise ValueError('inside generator')
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'done after error'))
def guarded():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print('generator saw KeyError')
g = guarded()
print(next(g))
print(g.throw(KeyError('k')))
print(list(g))
def bad_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(bad_stop())
except RuntimeError as e:
    print('RuntimeError:', e)
def running():
    yield 'a'
gen = running()
print(list(gen), list(gen))
