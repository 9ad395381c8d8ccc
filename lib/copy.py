"""Shallow and deep copy operations: gilpy's `copy`.

copy(x) and deepcopy(x, memo) as CPython 3.11 documents them: classes may
define __copy__ and __deepcopy__(memo), or __reduce_ex__/__reduce__ and
__getstate__/__setstate__ as for pickling. gilpy's `object` has no
__reduce_ex__, so an instance without those hooks is copied the way object's
default reduction would: a new instance of the same class (made with
cls.__new__(cls)) given a copy of the __dict__ and of the __slots__ values;
subclasses of list, dict and set get their items too. deepcopy keeps a memo
dict from id() to the copy, so shared and cyclic structures copy as such.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


class _Class:
    def method(self):
        pass


# Values copy() and deepcopy() give back as they are.
_atomic = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, range, type, type(len), type(_function),
    type(_Class().method), property, slice,
}
del _function, _Class


def copy(x):
    """A shallow copy of x: a new object whose contents are x's own (not copied)."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if isinstance(x, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x)
    if reduced is not None:
        if isinstance(reduced, str):
            return x
        return _reconstruct(x, None, *reduced)
    return _copy_plain(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its contents copied too, recursively; `memo` maps id()s
    of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple inside a cycle may have been copied meanwhile.
        try:
            return memo[d]
        except KeyError:
            pass
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x)
            if reduced is None:
                y = _copy_plain(x, memo)
            elif isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)

    # If this is an object kept elsewhere, remember its copy.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that its id is not reused
    by another object while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    """What the class's own __reduce_ex__ or __reduce__ says, or None when
    it defines neither (gilpy's object has no default reduction)."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is None:
            return None
        rv = reductor(x)
    return rv


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(arg, memo) for arg in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _slot_names(cls):
    """The names of the __slots__ of cls and its bases, as stored (private
    names mangled), without __dict__ and __weakref__."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x):
    """What object.__getstate__ gives in CPython 3.11: the instance dict,
    or (dict or None, slot values) when there are filled slots."""
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state or None, slots)
    return state or None


def _type_name(cls):
    """The name CPython's pickling errors give: built-in types of private
    modules (`_thread.lock`) are qualified by their module."""
    mod = getattr(cls, '__module__', 'builtins')
    if mod == 'builtins' or not mod.startswith('_'):
        return cls.__qualname__
    return '%s.%s' % (mod, cls.__qualname__)


def _copy_plain(x, memo):
    """Copies x as object's default reduction would (protocol 4)."""
    cls = type(x)
    deep = memo is not None

    def each(value):
        return deepcopy(value, memo) if deep else value

    if isinstance(x, BaseException):
        y = cls(*[each(a) for a in x.args])
    elif isinstance(x, (tuple, frozenset, int, float, str, bytes, complex)):
        # Immutable built-in bases take their value at creation.
        base = [t for t in (tuple, frozenset, int, float, str, bytes, complex)
                if isinstance(x, t)][0]
        if base is tuple or base is frozenset:
            value = base([each(item) for item in x])
        else:
            value = base(x)
        y = cls.__new__(cls, value)
    else:
        if not hasattr(x, '__dict__') and not _slot_names(cls):
            raise TypeError("cannot pickle '%s' object" % _type_name(cls))
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _default_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        elif isinstance(state, dict):
            state = dict(state)
        _set_state(y, state)
    if isinstance(x, list):
        y.extend([each(item) for item in x])
    elif isinstance(x, dict):
        for key, value in x.items():
            y[each(key)] = each(value)
    elif isinstance(x, set):
        for item in x:
            y.add(each(item))
    return y
