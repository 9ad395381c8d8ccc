"""Bisection search and insertion in sorted sequences (gilpy's `bisect`)."""

_NAMES = ("a", "x", "lo", "hi")


def _arguments(func, args, kwargs):
    """(a, x, lo, hi, key) as CPython's C functions parse them."""
    if len(args) > 4:
        raise TypeError("%s() takes at most 4 positional arguments (%d given)" % (func, len(args)))
    if len(args) + len(kwargs) > 5:
        raise TypeError("%s() takes at most 5 arguments (%d given)" % (func, len(args) + len(kwargs)))
    values = list(args) + [None] * (4 - len(args))
    given = [True] * len(args) + [False] * (4 - len(args))
    key = None
    for name, value in kwargs.items():
        if name == "key":
            key = value
            continue
        if name not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, func))
        i = _NAMES.index(name)
        if given[i]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (func, name, i + 1))
        values[i] = value
        given[i] = True
    for i in range(2):
        if not given[i]:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (func, _NAMES[i], i + 1))
    a, x, lo, hi = values
    lo = _index(lo) if given[2] else 0
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = -1
    elif not isinstance(hi, int) and not hasattr(type(hi), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    else:
        hi = _index(hi)
    if hi == -1:
        # As in CPython's C version, -1 means "up to the end", like None.
        hi = len(a)
    return a, x, lo, hi, key


def _index(v):
    if isinstance(v, int):
        i = int(v)
    elif hasattr(type(v), "__index__"):
        i = v.__index__()
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if i > 9223372036854775807 or i < -9223372036854775808:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return i


def _right(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """The index where to insert x in a (sorted) to keep it sorted, after
    any items equal to x. lo and hi bound the slice searched; key is
    applied to the items of a (not to x)."""
    a, x, lo, hi, key = _arguments("bisect_right", args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    """As bisect_right, but before any items equal to x."""
    a, x, lo, hi, key = _arguments("bisect_left", args, kwargs)
    return _left(a, x, lo, hi, key)


def insort_right(*args, **kwargs):
    """Insert x in a (sorted), after any items equal to x; key applies to
    x as well as to the items."""
    a, x, lo, hi, key = _arguments("insort_right", args, kwargs)
    at = _right(a, x if key is None else key(x), lo, hi, key)
    a.insert(at, x)


def insort_left(*args, **kwargs):
    """Insert x in a (sorted), before any items equal to x."""
    a, x, lo, hi, key = _arguments("insort_left", args, kwargs)
    at = _left(a, x if key is None else key(x), lo, hi, key)
    a.insert(at, x)


bisect = bisect_right
insort = insort_right
