"""gilpy's `contextlib`: helpers for `with` statements, as CPython 3.11
documents them (without the asynchronous variants: gilpy has no async)."""

import abc
import sys
from functools import wraps

__all__ = [
    'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
    'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
    'suppress', 'chdir',
]


class AbstractContextManager(abc.ABC):
    """ABC of objects with __enter__ and __exit__ (any such class is a virtual subclass)."""

    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Structural check, as the docs promise: any class whose MRO defines
        # both __enter__ and __exit__ (not set to None) counts as one.
        if cls is AbstractContextManager:
            return _has_methods(C, '__enter__', '__exit__')
        return NotImplemented


def _has_methods(C, *names):
    mro = C.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class ContextDecorator:
    """Mixin that lets a context manager decorate a function: each call runs inside a `with` of
    it."""

    def _recreate_cm(self):
        """The context manager to use for one decorated call (self; contextmanager's makes a
        fresh one)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """What a @contextmanager function returns: runs the generator up to and after its yield."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Once entered the manager cannot be recreated; drop what would.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with statement may pass a class without an instance.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: it suppressed the exception, unless
            # what stopped it is the very StopIteration we threw in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                # Re-raised as it was: let the with statement re-raise it.
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                # PEP 479 turned our StopIteration into a RuntimeError.
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turns a generator function that yields once into a context manager factory:
    the code before the yield runs on entry, the code after it on exit, and the
    yielded value is what `as` binds. An exception of the `with` body is raised
    at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Gives `thing` to the `with` block and calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another stream for the duration of a `with` block."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another stream for the duration of a `with` block."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Swallows the given exception types raised in the `with` block; execution
    goes on after the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Suppressing every subclass is what `except` would do, and
        # returning True (not just something true) is what CPython does.
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` gets `enter_result`. Handy
    where a context manager is needed only in some cases."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _BoundExit:
    """A context manager's __exit__, bound to it, as ExitStack keeps it."""

    __slots__ = ('__self__', '__func__')

    def __init__(self, cm, cm_exit):
        self.__self__ = cm
        self.__func__ = cm_exit

    def __call__(self, exc_type, exc, tb):
        return self.__func__(self.__self__, exc_type, exc, tb)


class ExitStack(AbstractContextManager):
    """Collects context managers and cleanup callbacks while the block runs and
    unwinds them all, last in first out, when it ends."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every registered callback to a new ExitStack, which is returned; this one is
        left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds an exit callback taking (type, value, traceback), or an object whose
        __exit__ is to be called; it may suppress the exception as __exit__ can."""
        # The method is looked up on the type, as the with statement does.
        cm_exit = getattr(type(exit), '__exit__', None)
        if cm_exit is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_BoundExit(exit, cm_exit))
        return exit

    def enter_context(self, cm):
        """Enters cm, registers its __exit__ to run at unwind, and returns what __enter__
        returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            cm_exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            'manager protocol'
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append(_BoundExit(cm, cm_exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at unwind (it cannot suppress exceptions);
        returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # So that callbacks can be introspected (and unregistered, by hand).
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Runs all the registered callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled where the with statement is, if any:
        # the context chain of a new exception stops there.
        outer = sys.exc_info()[1]
        suppressed = False
        pending = False
        callbacks = self._exit_callbacks
        while callbacks:
            cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new:
                _set_context(new, exc_details[1], outer)
                pending = True
                exc_details = (type(new), new, new.__traceback__)
        if pending:
            # Raising sets the exception's context to whatever is being
            # handled here; keep the context worked out above instead.
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received and suppressed


def _set_context(new, old, outer):
    """Makes `old` (the exception the callback was given) the context of
    the exception chain `new` raised, as if the callbacks were nested
    with statements."""
    while True:
        context = new.__context__
        if context is None or context is old:
            return
        if context is outer:
            break
        new = context
    new.__context__ = old


class chdir(AbstractContextManager):
    """Changes the working directory for the `with` block, restoring it after (process-wide, so
    not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# `X[int]` in annotations: these classes are generic, as in CPython.
AbstractContextManager.__class_getitem__ = classmethod(type(list[int]))
