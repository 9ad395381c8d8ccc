"""gilpy's `traceback`: stack traces and exceptions turned into entries,
lines and printed text, laid out as CPython 3.11 prints them (without the
~~~^^^ markers, as gilpy's own printer).

Tracebacks are read through the native `_traceback.walk_tb`, the running
stack through `_traceback.stack()` (or frame objects, where given).
"""

import sys
import _traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One frame of a trace: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """The entries of a stack (FrameSummary objects), with format() to print them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, lineno) pairs, as walk_stack and walk_tb give them."""
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def _from_triples(klass, triples, lookup_lines=True):
        result = klass()
        for filename, lineno, name in triples:
            result.append(FrameSummary(filename, lineno, name, lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                      frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per frame (a frame and its source line); a run of more
        than three identical frames is summarised."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def _limit_entries(entries, limit, innermost):
    # Positive limit: that many entries from the outer end for tracebacks,
    # from the inner end for stacks; negative: the other end.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if innermost:
        if limit >= 0:
            return entries[len(entries) - limit:] if limit else []
        return entries[:-limit]
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def _tb_triples(tb):
    if tb is None:
        return []
    try:
        return _traceback.walk_tb(tb)
    except TypeError:
        # A traceback-like object with frames (tb_frame, tb_lineno, tb_next).
        out = []
        while tb is not None:
            co = tb.tb_frame.f_code
            out.append((co.co_filename, tb.tb_lineno, co.co_name))
            tb = tb.tb_next
        return out


def _stack_triples(f, skip):
    """Frames outermost first, ending at `f` (a frame object) or at the
    caller `skip` native-visible frames above this function."""
    if f is not None:
        out = []
        while f is not None:
            out.append((f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
            f = f.f_back
        out.reverse()
        return out
    frames = _traceback.stack()
    frames = frames[:len(frames) - skip]
    return [(x[0], x[1], x[2]) for x in frames]


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback `tb`, outermost frame first."""
    return StackSummary._from_triples(_limit_entries(_tb_triples(tb), limit, False))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """The calling stack (or the one ending at frame `f`), outermost first."""
    entries = _stack_triples(f, 2)
    return StackSummary._from_triples(_limit_entries(entries, limit, True))


def format_stack(f=None, limit=None):
    entries = _stack_triples(f, 2)
    return format_list(StackSummary._from_triples(_limit_entries(entries, limit, True)))


def print_stack(f=None, limit=None, file=None):
    entries = _stack_triples(f, 2)
    print_list(StackSummary._from_triples(_limit_entries(entries, limit, True)), file=file)


def walk_tb(tb):
    """(frame, lineno) pairs along tb_next (needs frame objects)."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    pass


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _type_name(etype):
    stype = getattr(etype, '__qualname__', etype.__name__)
    smod = getattr(etype, '__module__', None)
    if smod not in ("__main__", "builtins", None):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    return stype


class TracebackException:
    """An exception, its traceback and its chain, captured for formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._from_triples(_limit_entries(_tb_triples(exc_traceback), limit, False),
                                                lookup_lines)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None) if exc_value is not None else None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            # A SyntaxError made in Python may carry its location only in
            # args: (msg, (filename, lineno, offset, text)).
            args = getattr(exc_value, 'args', ())
            where = args[1] if len(args) == 2 and isinstance(args[1], tuple) and len(args[1]) >= 4 else None

            def detail(name, index):
                value = getattr(exc_value, name, None)
                if value is None and where is not None:
                    value = where[index]
                return value

            self.filename = detail('filename', 0)
            lno = detail('lineno', 1)
            self.lineno = str(lno) if lno is not None else None
            self.offset = detail('offset', 2)
            self.text = detail('text', 3)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            msg = getattr(exc_value, 'msg', None)
            if msg is None and args:
                msg = args[0]
            self.msg = msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        cause = None
        context = None
        if exc_value is not None:
            c = exc_value.__cause__
            if c is not None and id(c) not in _seen:
                cause = TracebackException(type(c), c, c.__traceback__, limit=limit,
                                           lookup_lines=lookup_lines, _seen=_seen)
            x = exc_value.__context__
            if x is not None and id(x) not in _seen and not (compact and (cause is not None or self.__suppress_context__)):
                context = TracebackException(type(x), x, x.__traceback__, limit=limit,
                                             lookup_lines=lookup_lines, _seen=_seen)
        self.__cause__ = cause
        self.__context__ = context
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines: `Type: message` (and a SyntaxError's location)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            for line in self._format_syntax_error(stype):
                yield line
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _some_str(note)
                for l in note.split('\n'):
                    yield l + '\n'
        elif self.__notes__ is not None:
            yield _some_str(self.__notes__) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset or offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ((c if c.isspace() else ' ') for c in ltext[:colno])
                    yield '    {}{}\n'.format("".join(caretspace), ('^' * (end_colno - colno)))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report, chain first, as lines (each ending in a newline)."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line


    def print(self, *, file=None, chain=True):
        """Writes format()'s lines to `file` (stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            file.write(line)


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value) if not isinstance(value, str) else value
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of a report: `Type: message`."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report CPython prints for an uncaught exception, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
