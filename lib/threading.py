"""Thread-based parallelism: gilpy's `threading`, on top of `_thread`.

Follows CPython's API and behaviour, including the old camelCase names the
classic tutorials use (activeCount, currentThread, getName, isDaemon, ...).
"""

import _thread
import sys as _sys

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.allocate_lock
ThreadError = _thread.error
# Attributes seen only by the thread that set them: native, a dict per
# thread (src/vm/thread_local.rs).
local = _thread._local

_active = {}
_counter = 0
# The names of ended threads, by ident, for `-X gil-stats` and `-X trace`:
# their recorder (src/trace/) puts a dict here; otherwise nothing is kept.
_ended_thread_names = None


def _deprecated(message):
    # CPython 3.11's words, reported at the line that called the deprecated
    # name (two frames up from here), shown only there in __main__. Once
    # `warnings` is imported its filters decide; before, the native printer
    # applies the default filters.
    warnings = _sys.modules.get("warnings")
    if warnings is not None:
        warnings.warn(message, DeprecationWarning, 3)
    else:
        _thread._warn(message, DeprecationWarning, 3)


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class RLock:
    """A lock the owning thread may take again; released as often as taken."""

    def __init__(self):
        self._block = _thread._allocate_lock_for("rlock")
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._owner is not None else 'unlocked',
            '_thread', 'RLock', self._owner or 0, self._count, hex(id(self)))


class Condition:
    """Wait until notified; waiters queue on a lock of their own."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        # For deadlock reports: what a waiter waits for, and the lock that
        # tells where this Condition (or the Event, ... using it) was made.
        self._role = "condition"
        if isinstance(lock, RLock):
            self._base = lock._block
        elif isinstance(lock, _thread.LockType):
            self._base = lock
        else:
            self._base = None

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        # An RLock may be held several times: give it all back, remember how often.
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
            self._lock.release()
            return count
        self._lock.release()
        return None

    def _acquire_restore(self, saved):
        self._lock.acquire()
        if saved is not None:
            self._lock._count = saved

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread._allocate_lock_for(self._role, self._base)
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            while not result:
                self.wait()
                result = predicate()
            return result
        import time as _time
        end = _time.monotonic() + timeout
        while not result:
            left = end - _time.monotonic()
            if left <= 0:
                break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


class Semaphore:
    """A counter of free slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._cond._role = "semaphore"
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if self._value == 0:
                    return False
            elif not self._cond.wait_for(lambda: self._value > 0, timeout):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s at %s: value=%d>' % (cls.__module__, cls.__qualname__, hex(id(self)), self._value)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more than acquired."""

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s at %s: value=%d/%d>' % (cls.__module__, cls.__qualname__, hex(id(self)),
                                              self._value, self._initial_value)

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._cond._role = "event"
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s at %s: %s>' % (cls.__module__, cls.__qualname__, hex(id(self)),
                                     'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait_for(lambda: self._flag, timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties wait until all have arrived; wait() returns the arrival index."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._cond._role = "barrier"
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self._broken:
            return '<%s.%s at %s: broken>' % (cls.__module__, cls.__qualname__, hex(id(self)))
        return '<%s.%s at %s: waiters=%d/%d>' % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                self.n_waiting, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            generation = self._generation
            if self._count == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            done = self._cond.wait_for(lambda: self._generation != generation or self._broken, timeout)
            if self._broken or not done:
                if not self._broken:
                    self._break()
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def reset(self):
        with self._cond:
            self._broken = False
            self._count = 0
            self._generation += 1
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Thread:
    """A thread of control: subclass it and override run(), or pass a target."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name is None:
            name = _newname()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        # Held by the thread while it runs; join() waits for it.
        self._tstate_lock = _thread._allocate_lock_for("join")

    def start(self):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        # Like CPython, start() returns once the thread is running and
        # registered, and (GIL or not) has run until it first blocks.
        self._running = _thread.allocate_lock()
        self._running.acquire()
        _thread._start_with_head_start(self._bootstrap, ())
        self._running.acquire()
        self._running.release()

    def _bootstrap(self):
        self._tstate_lock.acquire()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self
        _thread._set_thread_name(self._ident, self._name)
        self._running.release()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(_ExceptHookArgs(exc, self))
        finally:
            self._is_stopped = True
            if _ended_thread_names is not None:
                _ended_thread_names[self._ident] = self._name
            del _active[self._ident]
            self._tstate_lock.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            taken = self._tstate_lock.acquire()
        else:
            taken = self._tstate_lock.acquire(True, max(timeout, 0))
        if taken:
            self._tstate_lock.release()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)
        if self._ident is not None and not self._is_stopped:
            _thread._set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class Timer(Thread):
    """Calls a function after a delay, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        self._name = "MainThread"
        self._daemonic = False
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started = True
        self._is_stopped = False
        self._initialized = True
        self._tstate_lock = _thread._allocate_lock_for("join")


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly."""

    def __init__(self):
        self._name = _newname("Dummy-%d")
        self._daemonic = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started = True
        self._is_stopped = False
        self._initialized = True


class _ExceptHookArgs:
    def __init__(self, exc, thread):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = None
        self.thread = thread


def excepthook(args):
    """Prints an exception that ended a thread, as CPython does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stdout.flush()
    _sys.stderr.write("Exception in thread %s:\n" % name)
    _sys.stderr.write(_thread._format_exception(args.exc_value))
    _sys.stderr.flush()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def activeCount():
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def enumerate():
    return list(_active.values())


_threading_atexits = []


def _register_atexit(func, *args):
    """Calls func(*args) at exit, before the wait for non-daemon threads
    (concurrent.futures stops its pools there); the last registered runs first."""
    _threading_atexits.append((func, args))


def _shutdown():
    """At exit: run the _register_atexit calls, then wait for every thread that is not a daemon."""
    while _threading_atexits:
        func, args = _threading_atexits.pop()
        func(*args)
    while True:
        waiting = [t for t in _active.values() if t is not _main_thread and not t.daemon and t.is_alive()]
        if not waiting:
            return
        for t in waiting:
            t.join()


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread
