"""`atexit`: functions to run when the interpreter exits, last registered
first (CPython 3.11's `register`, `unregister`, `_run_exitfuncs`, `_clear`,
`_ncallbacks`).

src/run.rs calls `_run_exitfuncs()` at the end of a run, after
`threading._shutdown()` has joined the non-daemon threads, as CPython
does; only a program that imported atexit pays anything. A handler that
raises is reported as CPython reports it ("Exception ignored in atexit
callback") and the others still run."""

import sys

_handlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using
    atexit.register; every registration of it is removed."""
    _handlers[:] = [entry for entry in _handlers if not entry[0] == func]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _handlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_handlers)


def _run_exitfuncs():
    """Run all registered exit functions, newest first."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    try:
        sys.stdout.flush()
    except Exception:
        pass
    print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
    # The first entry is _run_exitfuncs itself, which CPython (in C) has not.
    tb = exc.__traceback__
    traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None, file=sys.stderr)
