"""Heap queue: a binary min-heap kept in a plain list (gilpy's `heapq`).

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is
the smallest item. The sift steps are the textbook ones CPython uses, so a
heap built here has the very layout CPython's has, item for item.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _need_list(heap, func, which="argument 1"):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s" % (func, which, type(heap).__name__))


def _count(args, kwargs, name, n):
    if kwargs:
        raise TypeError("_heapq.%s() takes no keyword arguments" % name)
    if len(args) != n:
        if n == 1:
            raise TypeError("_heapq.%s() takes exactly one argument (%d given)" % (name, len(args)))
        raise TypeError("%s expected %d arguments, got %d" % (name, n, len(args)))


# Moves heap[pos] up towards startpos while it is smaller than its parent.
def _sift_towards_root(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


# Moves the item at pos down to a leaf, always following the smaller child,
# then back up to its place (fewer comparisons than stopping on the way).
def _sift_to_leaf(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root(heap, startpos, pos)


# The same two steps for a max-heap (merge(reverse=True), nsmallest).
def _sift_towards_root_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root_max(heap, startpos, pos)


def heappush(*args, **kwargs):
    """Adds item to the heap, keeping it a heap."""
    _count(args, kwargs, "heappush", 2)
    heap, item = args
    _need_list(heap, "heappush")
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Removes and returns the smallest item of the heap, keeping it a heap."""
    _count(args, kwargs, "heappop", 1)
    heap = args[0]
    _need_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(*args, **kwargs):
    """Removes and returns the smallest item, then adds item (the heap must not be empty)."""
    _count(args, kwargs, "heapreplace", 2)
    heap, item = args
    _need_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(*args, **kwargs):
    """Adds item and then removes and returns the smallest item, in one faster step."""
    _count(args, kwargs, "heappushpop", 2)
    heap, item = args
    _need_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(*args, **kwargs):
    """Rearranges list x into a heap in place, in linear time."""
    _count(args, kwargs, "heapify", 1)
    x = args[0]
    _need_list(x, "heapify", "argument")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """A generator of the items of several sorted iterables, in sorted order;
    equal items keep the order of the inputs they came from."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Each entry: [sort key, input number (breaks ties), value, iterator].
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


_missing = object()


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first
    (sorted(iterable, key=key, reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        if key is None:
            best = max(it, default=_missing)
        else:
            best = max(it, default=_missing, key=key)
        return [] if best is _missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n largest so far; the falling counter keeps the
    # earlier of equal items ahead after the final sort.
    it = iter(iterable)
    if key is None:
        heap = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not heap:
            return heap
        heapify(heap)
        top = heap[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(heap, (elem, order))
                top = heap[0][0]
                order -= 1
        heap.sort(reverse=True)
        return [entry[0] for entry in heap]
    heap = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    top = heap[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(heap, (k, order, elem))
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first
    (sorted(iterable, key=key)[:n])."""
    if n == 1:
        it = iter(iterable)
        if key is None:
            best = min(it, default=_missing)
        else:
            best = min(it, default=_missing, key=key)
        return [] if best is _missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        heap = [(elem, i) for i, elem in zip(range(n), it)]
        if not heap:
            return heap
        _heapify_max(heap)
        top = heap[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(heap, (elem, order))
                top = heap[0][0]
                order += 1
        heap.sort()
        return [entry[0] for entry in heap]
    heap = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    top = heap[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(heap, (k, order, elem))
            top = heap[0][0]
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]
