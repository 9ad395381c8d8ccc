import functools
from functools import singledispatch, singledispatchmethod


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


@singledispatch
def show(arg, verbose=False):
    """Generic show."""
    return 'object %r' % (arg,)


@show.register
def _(arg: int, verbose=False):
    return 'int %d%s' % (arg, ' (verbose)' if verbose else '')


@show.register(list)
def _(arg, verbose=False):
    return 'list of %d' % len(arg)


def show_float(arg, verbose=False):
    return 'float %.1f' % arg


print(show.register(float, show_float) is show_float)


class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


class Multi(Other, Derived):
    pass


@show.register
def _(arg: Base, verbose=False):
    return 'a Base: ' + type(arg).__name__


print(show(1), show(1, verbose=True), show([1, 2]), show(2.5), show('s'), show(None))
print(show(True), show(Derived()), show(Multi()), show(Base()), show(Other()))
print(show.__name__, show.__doc__, show.__wrapped__('x'))
print(show.dispatch(int) is show.registry[int], show.dispatch(bool) is show.registry[int], show.dispatch(object) is show.__wrapped__)
print(show.dispatch(Multi) is show.registry[Base], show.dispatch(dict) is show.registry[object])
print(sorted(c.__name__ for c in show.registry))


@show.register(bool)
def _(arg, verbose=False):
    return 'bool!'


print(show(True), show(1), show.dispatch(bool) is show.registry[bool])


class MyList(list):
    pass


print(show(MyList([1])))

attempt(lambda: show())
attempt(lambda: show.register(1))


def unannotated(x):
    pass


def bad_annotation(x: 1):
    pass


attempt(lambda: show.register(unannotated))
attempt(lambda: show.register(bad_annotation))
attempt(lambda: singledispatch(len)())

lam = singledispatch(lambda x: 'lambda default')
print(lam(3))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic %r' % (arg,)

    @fmt.register
    def _(self, arg: int):
        return 'int %d via %s' % (arg, type(self).__name__)

    @fmt.register(str)
    def _(self, arg):
        return 'str ' + arg


f = Formatter()
print(f.fmt(1), f.fmt('x'), f.fmt(2.5), f.fmt(True))
print(Formatter.fmt.__name__)
