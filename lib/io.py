"""In-memory streams, as CPython's `io`: `StringIO` over text and
`BytesIO` over bytes, with the file methods, the closed-file errors and the
seek rules of CPython 3.11. `io.open` is the built-in `open`.

Written from the module's documentation and CPython 3.11's observed
behaviour."""



__all__ = ["StringIO", "BytesIO", "open", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


_CLOSED = "I/O operation on closed file"


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _Memory:
    """What StringIO and BytesIO share: a buffer (str or bytes) kept as a
    prefix plus pending appends, and a position that may lie past its end."""

    _empty = ""
    _newline = "\n"
    _closed_message = _CLOSED

    def _init(self, initial):
        self._buf = initial
        self._tail = []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _value(self):
        if self._tail:
            self._buf = self._buf + self._empty.join(self._tail)
            self._tail = []
        return self._buf

    def _check(self, message=None):
        if self._closed:
            raise ValueError(message or self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = self._empty
        self._tail = []

    def __enter__(self):
        self._check(_CLOSED + ".")
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        pass

    def getvalue(self):
        self._check()
        return self._value()

    def _write(self, data):
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size:
            self._tail.append(data)
        else:
            buf = self._value()
            if pos > self._size:
                buf = buf + self._pad * (pos - self._size)
            self._buf = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        self._size = max(self._size, pos + n)
        return n

    def writelines(self, lines):
        self._check(_CLOSED + ".")
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        end = self._size if size < 0 else min(self._size, pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= self._size:
            return self._empty
        i = buf.find(self._newline, pos)
        end = self._size if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        self._check(_CLOSED + ".")
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    _negative_size = "Negative size value %d"

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(self._negative_size % size)
        if size < self._size:
            self._buf = self._value()[:size]
            self._size = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check(_CLOSED + ".")
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")


class StringIO(_Memory):
    """A text stream in memory."""

    __module__ = "_io"

    _pad = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._translate = newline
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._init(self._translated(initial_value))

    def _translated(self, s):
        if self._translate is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return s.replace("\n", self._translate)
        return s

    def __iter__(self):
        self._check(_CLOSED + ".")
        return self

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._write(self._translated(s))
        return len(s)

    def seek(self, pos, whence=0):
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._size
        return self._pos

    def flush(self):
        pass


class BytesIO(_Memory):
    """A binary stream in memory."""

    __module__ = "_io"

    _empty = b""
    _newline = b"\n"
    _pad = b"\0"
    _closed_message = _CLOSED + "."
    _negative_size = "negative size value %d"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._init(bytes(initial_bytes))

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview) if _has_memoryview else (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def flush(self):
        self._check()

    def __iter__(self):
        return self


try:
    memoryview
    _has_memoryview = True
except NameError:
    _has_memoryview = False

