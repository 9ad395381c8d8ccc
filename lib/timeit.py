"""`timeit`: time small pieces of code (CPython 3.11's API: `timeit`,
`repeat`, `default_timer`, and `Timer` with `timeit`, `repeat`, `autorange`
and `print_exc`).

A string statement is compiled, with its setup, into one function whose
loop runs the statement `number` times between two clock readings, so the
loop itself costs what a Python `for` costs and nothing more; a callable
is called in that loop instead. No command line (`python -m timeit`)."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

dummy_src_name = "<timeit-src>"


def _indent(source, spaces):
    return source.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times a statement (a string or a callable), after running `setup` once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = {} if globals is None else globals
        params = ["_it", "_timer"]
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup_code = _indent(setup, 4)
        elif callable(setup):
            namespace["_setup"] = setup
            params.append("_setup=_setup")
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # The statement must compile on its own, and after the setup.
            compile(stmt, dummy_src_name, "exec")
            if isinstance(setup, str):
                compile(setup + "\n" + stmt, dummy_src_name, "exec")
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            params.append("_stmt=_stmt")
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = ("def inner(%s):\n    %s\n    _t0 = _timer()\n    for _i in _it:\n        %s\n"
                    "    _t1 = _timer()\n    return _t1 - _t0\n") % (", ".join(params), setup_code, stmt_code)
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, global_ns, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception now being handled (to `file`, default stderr)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the statement `number` times and returns the seconds taken, as a float."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """The results of `repeat` runs of timeit(number), as a list."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) that takes at least
        0.2 seconds; returns (number, time_taken)."""
        i = 1
        while True:
            for j in (1, 2, 5):
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Shortcut: Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Shortcut: Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
