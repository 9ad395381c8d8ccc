"""Futures, waiting for them, and the Executor interface.

A Future's state changes under its own Condition, so everything here is
correct with the GIL off as well as on. Code waiting for several futures
(`wait`, `as_completed`) registers a `_Waiter` with each of them: a future
that finishes hands itself to its waiters, which wake their thread when
what it waits for has happened.
"""

import threading
import time
import _thread

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
# Cancelled, and the executor has seen it (set_running_or_notify_cancel).
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _logger():
    # Imported on first use: most programs never log from here.
    import logging
    return logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """Raised when asking a cancelled Future for its result."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when a Future is asked to do something its state forbids."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer be used (e.g. a worker failed to start)."""


class _Waiter:
    """One wait()/as_completed() call, registered with each of its futures."""

    def __init__(self, futures, mode):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.mode = mode
        self.total = len(futures)
        self.finished_futures = []
        self.seen = set()

    def add(self, future):
        # Called with the future's condition held, once per future.
        with self.lock:
            if future in self.seen:
                return
            self.seen.add(future)
            self.finished_futures.append(future)
            mode = self.mode
            if mode == _AS_COMPLETED or mode == FIRST_COMPLETED:
                self.event.set()
            elif len(self.seen) == self.total:
                self.event.set()
            elif mode == FIRST_EXCEPTION and future._state == FINISHED and future._exception is not None:
                self.event.set()


def _install(futures, waiter):
    for f in futures:
        with f._condition:
            f._waiters.append(waiter)
            if f._state in _DONE_STATES:
                waiter.add(f)


def _uninstall(futures, waiter):
    for f in futures:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the named pair (done, not_done)."""

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def as_completed(fs, timeout=None):
    """Yields the futures of `fs` as they complete (finished or cancelled).

    Raises TimeoutError when `timeout` seconds pass (from this call) with
    futures still unfinished."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter(fs, _AS_COMPLETED)
    _install(fs, waiter)
    try:
        yielded = 0
        while yielded < total:
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                yielded += 1
                yield f
            if yielded == total:
                break
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (total - yielded, total))
            with waiter.lock:
                ready = bool(waiter.finished_futures)
            if not ready:
                waiter.event.wait(wait_timeout)
    finally:
        _uninstall(fs, waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of `fs`; returns DoneAndNotDoneFutures(done, not_done)."""
    fs = set(fs)
    waiter = _Waiter(fs, return_when)
    _install(fs, waiter)
    try:
        with waiter.lock:
            done = set(waiter.seen)
        satisfied = len(done) == len(fs)
        if return_when == FIRST_COMPLETED and done:
            satisfied = True
        elif return_when == FIRST_EXCEPTION:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    satisfied = True
        if not satisfied:
            waiter.event.wait(timeout)
    finally:
        _uninstall(fs, waiter)
    with waiter.lock:
        done = set(waiter.seen)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that may not have happened yet."""

    def __init__(self):
        # A plain native lock guards the state (nothing here takes it twice:
        # repr and callbacks run outside it); threads waiting for the result
        # park on locks of their own in _sleepers, as a Condition's waiters
        # do, without a Condition's cost for every future.
        self._condition = _thread.allocate_lock()
        self._sleepers = []
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state])

    def cancel(self):
        """Cancels the call unless it is running or done; True if cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when it is done: at once if it is done already."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _is_done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _notify_all(self):
        # With the lock held: wakes every thread waiting in _wait_done.
        for parked in self._sleepers:
            parked.release()
        self._sleepers.clear()

    def _wait_done(self, timeout):
        # With the lock held: waits (letting it go meanwhile) until done or
        # `timeout` seconds have passed, then raises unless finished.
        end = None if timeout is None else time.monotonic() + timeout
        while not self._is_done():
            parked = _thread.allocate_lock()
            parked.acquire()
            self._sleepers.append(parked)
            self._condition.release()
            try:
                if end is None:
                    woken = parked.acquire()
                else:
                    left = end - time.monotonic()
                    woken = parked.acquire(True, left) if left > 0 else False
            finally:
                self._condition.acquire()
            if not woken:
                try:
                    self._sleepers.remove(parked)
                except ValueError:
                    pass
                break
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it;
        re-raises the call's exception."""
        if self._state == FINISHED:
            # Set once, after _result/_exception: no lock needed to read them.
            return self._get_result()
        with self._condition:
            self._wait_done(timeout)
            return self._get_result()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to
        `timeout` seconds."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: False if cancelled (and tell the waiters), else
        mark the future running and return True."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            state = self._state
        _logger().critical('Future %s in unexpected state: %s', id(self), state)
        raise RuntimeError('Future in unexpected state')

    def _finish(self):
        for waiter in self._waiters:
            waiter.add(self)
        if self._sleepers:
            self._notify_all()

    def set_result(self, result):
        """For executors and tests: the call returned `result`."""
        with self._condition:
            state = self._state
            if state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._result = result
                self._state = FINISHED
                self._finish()
        if state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(state, self))
        if self._done_callbacks:
            self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors and tests: the call raised `exception`."""
        with self._condition:
            state = self._state
            if state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._exception = exception
                self._state = FINISHED
                self._finish()
        if state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(state, self))
        self._invoke_callbacks()


def _result_or_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """Runs calls asynchronously; subclasses provide submit()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls run by the executor; the
        results come in order. All calls are submitted now; `timeout`
        counts from this call. `chunksize` matters only to process pools."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# `X[int]` in annotations: these classes are generic, as in CPython.
Future.__class_getitem__ = classmethod(type(list[int]))
