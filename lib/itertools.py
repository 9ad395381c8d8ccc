"""Functions creating iterators for efficient looping: gilpy's `itertools`.

Each iterator is a class named as CPython names it (type(count()).__name__ is
'count'), lazy in the same way (it pulls from its input only when asked for
the next item, and no further), with CPython 3.11's reprs, argument checks and
error messages.
"""

import sys as _sys

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
    'takewhile', 'tee', 'zip_longest',
]

_MISSING = object()


# Argument parsing with the messages of CPython's C functions.

def _positional_only(name, args, kwargs, lowest, highest=None):
    """Checks a call that takes `lowest`..`highest` positional arguments."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if highest is None:
        highest = lowest
    got = len(args)
    if lowest <= got <= highest:
        return
    if lowest == highest:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, lowest, '' if lowest == 1 else 's', got))
    if got < lowest:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, lowest, '' if lowest == 1 else 's', got))
    raise TypeError('%s expected at most %d argument%s, got %d'
                    % (name, highest, '' if highest == 1 else 's', got))


def _parse(name, args, kwargs, names, required, kwonly=()):
    """Binds a call to `names` (positional or keyword) and `kwonly`;
    a name not given is bound to _MISSING."""
    total = len(names) + len(kwonly)
    if len(args) + len(kwargs) > total:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, total, '' if total == 1 else 's',
                           len(args) + len(kwargs)))
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's',
                           len(args)))
    values = list(args) + [_MISSING] * (total - len(args))
    for key, value in kwargs.items():
        if key in names:
            position = names.index(key)
        elif key in kwonly:
            position = len(names) + kwonly.index(key)
        else:
            raise TypeError("'%s' is an invalid keyword argument for %s()"
                            % (key, name))
        if position < len(args):
            raise TypeError("argument for %s() given by name ('%s') and "
                            "position (%d)" % (name, key, position + 1))
        values[position] = value
    for position in range(required):
        if values[position] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[position], position + 1))
    return values


def _as_index(value):
    """`value` as an int, through __index__, as CPython's C code reads sizes."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__')
            or hasattr(cls, '__float__') or hasattr(cls, '__complex__'))


# Infinite iterators.

class count:
    """Yields start, start + step, start + 2*step, ... forever."""

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle:
    """Yields the items of the iterable, then the same items again and again forever."""

    def __init__(self, *args, **kwargs):
        _positional_only('cycle', args, kwargs, 1)
        self._source = iter(args[0])
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            source = self._source
            if source is not None:
                try:
                    item = next(source)
                except StopIteration:
                    self._source = None
                else:
                    self._saved.append(item)
                    return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """Yields `object` `times` times, or forever when times is not given."""

    def __init__(self, *args, **kwargs):
        obj, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self._object = obj
        if times is _MISSING:
            self._times = None
        else:
            times = _as_index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# Iterators terminating on the shortest input sequence.

class accumulate:
    """Yields running totals of the iterable (or running results of `func`), starting
    from `initial` when given."""

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs,
                                         ('iterable', 'func'), 1, ('initial',))
        self._source = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = None if initial is _MISSING else initial

    def __iter__(self):
        return self

    def __next__(self):
        initial = self._initial
        if initial is not None:
            self._initial = None
            self._total = initial
            return initial
        item = next(self._source)
        total = self._total
        if total is _MISSING:
            total = item
        elif self._func is None:
            total = total + item
        else:
            total = self._func(total, item)
        self._total = total
        return total


class chain:
    """Yields the items of each iterable argument in turn."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._sources = iter(args)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        """Like chain(*iterables), but reads the iterables themselves lazily from one iterable."""
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument '
                            '(%d given)' % len(args))
        self = cls.__new__(cls)
        self._sources = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    active = iter(next(sources))
                except StopIteration:
                    self._sources = None
                    raise
                self._active = active
            try:
                return next(active)
            except StopIteration:
                self._active = None


class compress:
    """Yields the items of data whose matching selector is true."""

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs,
                                 ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """Skips items while predicate(item) is true, then yields the first failing item and all
    the rest."""

    def __init__(self, *args, **kwargs):
        _positional_only('dropwhile', args, kwargs, 2)
        self._predicate = args[0]
        self._source = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if not self._dropping:
            return next(source)
        predicate = self._predicate
        while True:
            item = next(source)
            if not predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Yields items while predicate(item) is true and stops at the first that fails it."""

    def __init__(self, *args, **kwargs):
        _positional_only('takewhile', args, kwargs, 2)
        self._predicate = args[0]
        self._source = iter(args[1])
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._source)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Yields the items for which function(item) is false (the false items when function is
    None)."""

    def __init__(self, *args, **kwargs):
        _positional_only('filterfalse', args, kwargs, 2)
        self._predicate = args[0]
        self._source = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        source = self._source
        while True:
            item = next(source)
            if predicate is None:
                if not item:
                    return item
            elif not predicate(item):
                return item


class groupby:
    """Yields (key, group) for each run of consecutive items with the same key(item)
    (the item itself when key is None); group is an iterator over the run."""

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._source = iter(iterable)
        self._key = None if key is _MISSING else key
        # The key and value of the item read last, and the key of the
        # group handed out last; _MISSING before the first item.
        self._current_key = _MISSING
        self._current_value = _MISSING
        self._target_key = _MISSING
        self._current_grouper = None

    def _step(self):
        # Raises StopIteration when the input ends.
        value = next(self._source)
        key = value if self._key is None else self._key(value)
        self._current_value = value
        self._current_key = key

    def __iter__(self):
        return self

    def __next__(self):
        self._current_grouper = None
        # Skip what is left of the current group.
        while True:
            if self._current_key is _MISSING:
                pass
            elif self._target_key is _MISSING:
                break
            elif not (self._target_key == self._current_key):
                break
            self._step()
        self._target_key = self._current_key
        grouper = _grouper(self, self._target_key)
        self._current_grouper = grouper
        return self._current_key, grouper


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._current_value is _MISSING:
            parent._step()
        if not (self._key == parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _MISSING
        return value


class islice:
    """Yields the items at positions start, start + step, ... below stop (None: to the
    end), as a slice would pick them, without indexing."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % len(args))
        # CPython's checks, in its order: a bound that is not an integer in
        # 0..sys.maxsize reads as -1, the C code's error value.
        stop_message = ('Stop argument for islice() must be None or an '
                        'integer: 0 <= x <= sys.maxsize.')
        start, stop, step = 0, None, 1
        if len(args) == 2:
            if args[1] is not None:
                stop = self._size(args[1])
                if stop == -1:
                    raise ValueError(stop_message)
        else:
            if args[1] is not None:
                start = self._size(args[1])
            if args[2] is not None:
                stop = self._size(args[2])
                if stop == -1:
                    raise ValueError(stop_message)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if len(args) == 4 and args[3] is not None:
            step = self._size(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._source = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._consumed = 0

    @staticmethod
    def _size(value):
        try:
            number = _as_index(value)
        except TypeError:
            return -1
        if not -_sys.maxsize - 1 <= number <= _sys.maxsize:
            return -1
        return number

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._consumed < self._next:
                next(source)
                self._consumed += 1
            if stop is not None and self._consumed >= stop:
                raise StopIteration
            item = next(source)
        except StopIteration:
            self._source = None
            raise
        self._consumed += 1
        following = self._next + self._step
        if stop is not None and following > stop:
            following = stop
        self._next = following
        return item


class pairwise:
    """Yields each item paired with the next one: (a, b), (b, c), ..."""

    def __init__(self, *args, **kwargs):
        _positional_only('pairwise', args, kwargs, 1)
        self._source = iter(args[0])
        self._previous = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        try:
            previous = self._previous
            if previous is _MISSING:
                previous = next(source)
            item = next(source)
        except StopIteration:
            self._source = None
            self._previous = _MISSING
            raise
        self._previous = item
        return previous, item


class starmap:
    """Yields function(*args) for each tuple args of the iterable."""

    def __init__(self, *args, **kwargs):
        _positional_only('starmap', args, kwargs, 2)
        self._function = args[0]
        self._source = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        arguments = next(self._source)
        if type(arguments) is not tuple:
            arguments = tuple(arguments)
        return self._function(*arguments)


class _tee:
    """One of the iterators tee() returns: it reads from a buffer the copies share."""

    # The copies of one tee share a linked list of cells [value, next cell];
    # a cell whose next is None is the end: its value is not read yet. Cells
    # every copy has passed are freed.

    def __init__(self, *args, **kwargs):
        _positional_only('_tee', args, kwargs, 1)
        self._source = iter(args[0])
        self._cell = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            cell[0] = next(self._source)
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        other = _tee.__new__(_tee)
        other._source = self._source
        other._cell = self._cell
        return other


def tee(*args, **kwargs):
    """n iterators, each yielding every item of the one iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    _positional_only('tee', args, {}, 1, 2)
    n = 2 if len(args) == 1 else _as_index(args[1])
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    source = iter(args[0])
    copier = getattr(source, '__copy__', None)
    if copier is None:
        first = _tee(source)
        copier = first.__copy__
    else:
        first = source
    return (first,) + tuple([copier() for _ in range(n - 1)])


class zip_longest:
    """Yields tuples of the i-th items of each iterable until the longest is
    exhausted, putting `fillvalue` where a shorter one has run out."""

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword '
                                'argument')
            fillvalue = kwargs['fillvalue']
        self._sources = [iter(a) for a in args]
        self._active = len(self._sources)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        sources = self._sources
        if not self._active:
            raise StopIteration
        result = []
        for i in range(len(sources)):
            source = sources[i]
            if source is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(source))
            except StopIteration:
                sources[i] = None
                self._active -= 1
                if not self._active:
                    raise
                result.append(self._fillvalue)
        return tuple(result)


# Combinatoric iterators.

class product:
    """Yields the tuples of the Cartesian product of the iterables, the last one
    varying fastest; `repeat=n` uses the iterables n times over."""

    def __init__(self, *args, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for "
                                "product()" % key)
            repeat = _as_index(kwargs[key])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(pool) == 0 for pool in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            # The current tuple's items, changed in place as wheels turn.
            self._items = [pool[0] for pool in pools]
            return tuple(self._items)
        items = self._items
        # The odometer: advance the rightmost wheel that can turn.
        position = len(pools) - 1
        while position >= 0:
            pool = pools[position]
            i = indices[position] + 1
            if i < len(pool):
                indices[position] = i
                items[position] = pool[i]
                return tuple(items)
            indices[position] = 0
            items[position] = pool[0]
            position -= 1
        self._done = True
        raise StopIteration


def _check_r(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Yields every ordering of r items of the iterable (all of them when r is None)."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs,
                             ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = int(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(n))
            # cycles[i] counts down the choices left for position i.
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[:r])
        indices = self._indices
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one and reset this position.
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._done = True
        raise StopIteration


class combinations:
    """Yields every choice of r items of the iterable, in the iterable's order, without repeats."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs,
                             ('iterable', 'r'), 2)
        r = _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        # Find the rightmost index that is not at its highest value.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Like combinations(), but an item may be chosen more than once."""

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs,
                             ('iterable', 'r'), 2)
        r = _check_r(r)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > 0 and not self._pool

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return tuple([pool[0]] * r) if r else ()
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        return tuple([pool[k] for k in indices])


# `X[int]` in annotations: these classes are generic, as in CPython.
chain.__class_getitem__ = classmethod(type(list[int]))
