"""`ThreadPoolExecutor`: calls run by a pool of worker threads.

Workers start lazily, as in CPython: submit() starts one more (named
`<prefix>_<n>`) when no worker is idle and the pool is below max_workers.
Idle workers are counted: each adds itself after a call. At
interpreter exit (`threading._register_atexit`) every pool is told to stop
and its queued calls still run, as in CPython.
"""

import queue
import threading
import _thread

from concurrent.futures import _base

_threads_queues = {}
_shutdown = False
# Held while starting workers, so that exit never misses a pool.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)

_counter = 0


def _next_pool_number():
    global _counter
    with _global_shutdown_lock:
        n = _counter
        _counter += 1
    return n


def _cpu_count():
    try:
        import os
        return os.cpu_count()
    except Exception:
        return None


class _WorkQueue:
    """The pool's FIFO of work items: a list under a plain lock, and one
    parked lock per waiting worker (queue.SimpleQueue, written on a
    Condition, costs several times more per item)."""

    def __init__(self):
        self._mutex = _thread.allocate_lock()
        self._items = []
        self._head = 0
        self._sleepers = []

    def put(self, item):
        with self._mutex:
            self._items.append(item)
            if self._sleepers:
                self._sleepers.pop(0).release()

    def _take(self):
        # With _mutex held and an item there.
        items = self._items
        item = items[self._head]
        items[self._head] = None
        self._head += 1
        if self._head == len(items):
            items.clear()
            self._head = 0
        elif self._head >= 1024:
            del items[:self._head]
            self._head = 0
        return item

    def get(self, block=True):
        self._mutex.acquire()
        try:
            while self._head >= len(self._items):
                if not block:
                    raise queue.Empty
                parked = _thread.allocate_lock()
                parked.acquire()
                self._sleepers.append(parked)
                self._mutex.release()
                try:
                    parked.acquire()
                finally:
                    self._mutex.acquire()
            return self._take()
        finally:
            self._mutex.release()

    def get_nowait(self):
        return self.get(False)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            with executor._idle_lock:
                executor._idle_workers += 1
            continue
        # None: the pool (or the interpreter) is shutting down. Pass the
        # word on to the next worker and end.
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot be used."""


class ThreadPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _WorkQueue()
        # Workers done with a call and not yet given another: a submit that
        # finds one starts no thread (CPython's idle semaphore).
        self._idle_lock = _thread.allocate_lock()
        self._idle_workers = 0
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        with self._idle_lock:
            if self._idle_workers > 0:
                self._idle_workers -= 1
                return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
                _threads_queues.pop(t, None)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
