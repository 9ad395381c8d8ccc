"""Higher-order functions and operations on callable objects: gilpy's
`functools`, as CPython 3.11 documents it.

lru_cache's wrapper is native, as CPython's C type is
(_functools._lru_cache_wrapper, src/modules/functools.rs): safe with the
GIL off, one lock guards the cache and its counts and is never held while
the user's function runs, so a cached function may call itself and several
threads may compute at once. It binds as a method like a function does.
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
    'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
    'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
    'cached_property',
]

import _thread

_MISSING = object()


# update_wrapper() and wraps(): make a wrapper look like what it wraps.

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copies wrapped's name, docstring and the other `assigned` attributes
    onto wrapper, merges the `updated` ones (its __dict__), and sets
    wrapper.__wrapped__; returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does
    # not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that runs update_wrapper(wrapper, wrapped, ...) on the
    function it decorates."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering(): the other three comparisons from one.

def _from_lt(name):
    def __gt__(self, other):
        result = type(self).__lt__(self, other)
        if result is NotImplemented:
            return result
        return not result and self != other

    def __le__(self, other):
        result = type(self).__lt__(self, other)
        if result is NotImplemented:
            return result
        return result or self == other

    def __ge__(self, other):
        result = type(self).__lt__(self, other)
        if result is NotImplemented:
            return result
        return not result
    return locals()[name]


def _from_le(name):
    def __ge__(self, other):
        result = type(self).__le__(self, other)
        if result is NotImplemented:
            return result
        return not result or self == other

    def __lt__(self, other):
        result = type(self).__le__(self, other)
        if result is NotImplemented:
            return result
        return result and self != other

    def __gt__(self, other):
        result = type(self).__le__(self, other)
        if result is NotImplemented:
            return result
        return not result
    return locals()[name]


def _from_gt(name):
    def __lt__(self, other):
        result = type(self).__gt__(self, other)
        if result is NotImplemented:
            return result
        return not result and self != other

    def __ge__(self, other):
        result = type(self).__gt__(self, other)
        if result is NotImplemented:
            return result
        return result or self == other

    def __le__(self, other):
        result = type(self).__gt__(self, other)
        if result is NotImplemented:
            return result
        return not result
    return locals()[name]


def _from_ge(name):
    def __le__(self, other):
        result = type(self).__ge__(self, other)
        if result is NotImplemented:
            return result
        return not result or self == other

    def __gt__(self, other):
        result = type(self).__ge__(self, other)
        if result is NotImplemented:
            return result
        return result and self != other

    def __lt__(self, other):
        result = type(self).__ge__(self, other)
        if result is NotImplemented:
            return result
        return not result
    return locals()[name]


_ORDERINGS = {
    '__lt__': _from_lt,
    '__le__': _from_le,
    '__gt__': _from_gt,
    '__ge__': _from_ge,
}


def total_ordering(cls):
    """Adds the ordering methods a class lacks, from the one it defines."""
    defined = [name for name in _ORDERINGS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # CPython's choice of root: the greatest name (__lt__ first).
    root = max(defined)
    make = _ORDERINGS[root]
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if name == root or name in defined:
            continue
        setattr(cls, name, make(name))
    return cls


# cmp_to_key(): an old-style comparison function as a key function.

class KeyWrapper:
    __slots__ = ('cmp', 'obj')

    def __init__(self, mycmp, obj=_MISSING):
        self.cmp = mycmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('K() takes at most 1 argument (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        else:
            if kwargs:
                raise TypeError("'%s' is an invalid keyword argument for K()"
                                % next(iter(kwargs)))
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __repr__(self):
        return '<functools.KeyWrapper object at %#x>' % id(self)


def cmp_to_key(*args, **kwargs):
    """Wraps an old-style comparison function as a key= callable."""
    if len(args) + len(kwargs) > 1:
        raise TypeError('cmp_to_key() takes at most 1 argument (%d given)'
                        % (len(args) + len(kwargs)))
    if args:
        return KeyWrapper(args[0])
    if 'mycmp' in kwargs:
        return KeyWrapper(kwargs['mycmp'])
    if kwargs:
        raise TypeError("'%s' is an invalid keyword argument for cmp_to_key()"
                        % next(iter(kwargs)))
    raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")


# reduce()

def reduce(*args, **kwargs):
    """Folds iterable into one value with the two-argument function, from
    the left; initial, when given, goes first and is the result for an
    empty iterable."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d'
                        % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d'
                        % len(args))
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _MISSING
        for value in items:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value')
    for item in items:
        value = function(value, item)
    return value


# partial() and partialmethod()

def _readonly(name):
    def get(self):
        return self.__dict__['_partial_' + name]

    def refuse(self, value):
        raise AttributeError('readonly attribute')
    return property(get, refuse, refuse)


class partial:
    """A callable that calls func with some arguments already given."""

    func = _readonly('func')
    args = _readonly('args')
    keywords = _readonly('keywords')

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a plain partial is one partial: its arguments first.
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__
                and len(func.__dict__) == 3):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        d = self.__dict__
        d['_partial_func'] = func
        d['_partial_args'] = tuple(args)
        d['_partial_keywords'] = keywords
        return self

    def __call__(self, /, *args, **keywords):
        d = self.__dict__
        if keywords:
            keywords = {**d['_partial_keywords'], **keywords}
        else:
            keywords = d['_partial_keywords']
        return d['_partial_func'](*d['_partial_args'], *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__qualname__
        if _repr_running(self):
            return '...'
        try:
            parts = [repr(self.func)]
            parts.extend(repr(a) for a in self.args)
            parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        finally:
            _repr_done(self)
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items()
                 if not k.startswith('_partial_')}
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, keywords, extra = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError('invalid partial state')
        d = self.__dict__
        d.clear()
        if extra:
            d.update(extra)
        d['_partial_func'] = func
        d['_partial_args'] = tuple(args)
        d['_partial_keywords'] = dict(keywords) if keywords else {}


# Recursion guard for reprs, per thread.
_repr_local = _thread._local()


def _repr_running(obj):
    running = getattr(_repr_local, 'running', None)
    if running is None:
        running = _repr_local.running = set()
    key = id(obj)
    if key in running:
        return True
    running.add(key)
    return False


def _repr_done(obj):
    _repr_local.running.discard(id(obj))


class partialmethod:
    """partial for methods: the instance comes first, then the frozen
    arguments, then the call's own."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        cls = type(self)
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__,
                              ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The descriptor made something new (a bound method, say):
                # apply the arguments to that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            method = self._make_unbound_method()
            if obj is None:
                result = method
            else:
                result = partial(method, obj)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# lru_cache() and cache()

class CacheInfo(tuple):
    """The statistics of an lru_cache: hits, misses, maxsize and currsize."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r'
                             % list(changes))
        return CacheInfo(*values)

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo = CacheInfo


class _KeywordMark:
    """Separates positional from keyword arguments in a cache key."""

    def __repr__(self):
        return '<kwd_mark>'


_KEYWORD_MARK = (_KeywordMark(),)
# Arguments that are their own key when passed alone: their hash is cheap
# and they compare equal only to themselves (or, for typed=False, as
# CPython's key does anyway).
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    """A hashable key for a call, as flat as CPython's: f(1) and f(a=1)
    are different calls; with typed, f(1) and f(1.0) are too."""
    key = args
    if kwds:
        key += _KEYWORD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


from _functools import _lru_cache_wrapper


def lru_cache(maxsize=128, typed=False):
    """Remembers the results of up to maxsize calls (None: all), dropping
    the least recently used; typed=True keeps f(1) and f(1.0) apart. The
    arguments must be hashable. cache_info() and cache_clear() report and
    reset; __wrapped__ is the original function."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache, without arguments.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """lru_cache(maxsize=None): remembers every result, never evicting."""
    return lru_cache(maxsize=None)(user_function)


# singledispatch() and singledispatchmethod()

def _find_implementation(cls, registry):
    """The implementation for the first registered class of cls's MRO, with
    the registered ABCs cls only virtually subclasses (list of Sequence)
    placed right after the last MRO class that is a subclass of them."""
    mro = list(cls.__mro__)
    virtual = {}
    for typ in registry:
        if typ in mro or not isinstance(typ, type):
            continue
        try:
            if not issubclass(cls, typ):
                continue
        except TypeError:
            continue
        pos = 0
        for i, klass in enumerate(mro):
            if klass is not object and issubclass(klass, typ):
                pos = i
        virtual.setdefault(pos, []).append(typ)
    for i, klass in enumerate(mro):
        if klass in registry:
            return registry[klass]
        abcs = virtual.get(i)
        if abcs:
            # The most specific ABC first; two unrelated ones are ambiguous.
            abcs.sort(key=lambda a: -sum(1 for b in abcs if issubclass(a, b)))
            best = abcs[0]
            for other in abcs[1:]:
                if not issubclass(best, other):
                    raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, other))
            return registry[best]
    return None


def singledispatch(func):
    """Makes func generic on the type of its first argument: register()
    adds implementations for other classes; func handles the rest."""
    registry = {}
    dispatch_cache = {}
    # Held while the registry changes and while a cache entry is computed,
    # so that no thread stores a choice made from an outdated registry.
    lock = _thread.allocate_lock()

    def dispatch(cls):
        """The implementation that a call with a first argument of class cls runs."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        with lock:
            impl = _find_implementation(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers func as the implementation for cls (usable as a decorator)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            # String annotations (from __future__ import annotations) are
            # evaluated in the function's globals.
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        with lock:
            if _is_union_type(cls):
                from typing import get_args
                for arg in get_args(cls):
                    registry[arg] = func
            else:
                registry[cls] = func
            dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _is_union_type(cls):
    """int | str, or typing.Union[int, str]."""
    if isinstance(cls, type):
        return False
    from typing import get_origin, Union
    import types
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(a, type) for a in get_args(cls))


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers func for cls on this method (usable as a decorator)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument'
                                % funcname)
            method = dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _bind(method, obj, cls):
    get = getattr(type(method), '__get__', None)
    if get is not None:
        return get(method, obj, cls)
    if obj is None:
        return method
    return partial(method, obj)


# cached_property()

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        # Imported here: threading is heavier than functools needs to be.
        from threading import RLock
        self.lock = RLock()

    def _find_name(self, cls):
        # The name __set_name__ would have given, for a class made while
        # the interpreter did not call __set_name__.
        for klass in cls.__mro__:
            for name, value in klass.__dict__.items():
                if value is self:
                    self.__set_name__(klass, name)
                    return
        raise TypeError('Cannot use cached_property instance without '
                        'calling __set_name__ on it.')

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            self._find_name(type(instance))
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r "
                   'property.' % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            with self.lock:
                # Another thread may have filled it while we waited.
                value = cache.get(self.attrname, _MISSING)
                if value is _MISSING:
                    value = self.func(instance)
                    try:
                        cache[self.attrname] = value
                    except TypeError:
                        msg = ("The '__dict__' attribute on %r instance does "
                               'not support item assignment for caching %r '
                               'property.' % (type(instance).__name__,
                                              self.attrname))
                        raise TypeError(msg) from None
        return value


# `X[int]` in annotations: these classes are generic, as in CPython.
cached_property.__class_getitem__ = classmethod(type(list[int]))
partial.__class_getitem__ = classmethod(type(list[int]))
partialmethod.__class_getitem__ = classmethod(type(list[int]))
