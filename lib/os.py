"""Miscellaneous operating system interfaces, as CPython's `os` on POSIX:
the native `posix` module does the system calls, this module adds the
environment mapping, path-like arguments, `stat_result`, `makedirs`,
`removedirs` and `walk`, and `os.path` (which is `posixpath`).

Written from the module's documentation and CPython 3.11's observed
behaviour."""

import sys
import posix as _posix
from posix import getpid, getppid, cpu_count, getcwd, urandom, strerror

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


class PathLike:
    """The abstract base of objects with a file-system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" %
                    (type(path).__name__, type(result).__name__))


_PATH_KINDS = {
    "plain": "string, bytes or os.PathLike",
    "fd": "string, bytes, os.PathLike or integer",
    "fd_none": "string, bytes, os.PathLike, integer or None",
}


def _path(func, path, kind="plain", what="path"):
    """A path argument as the str posix takes, with CPython's TypeError."""
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    if getattr(type(path), "__fspath__", None) is not None:
        return _path(func, fspath(path), kind, what)
    raise TypeError("%s: %s should be %s, not %s" % (func, what, _PATH_KINDS[kind], type(path).__name__))


def _result_type(path, result):
    return result.encode() if isinstance(path, bytes) else result


class _Environ:
    """os.environ: a mapping over the process environment; setting or
    deleting a key also changes the environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def _check(self, value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        self._check(key)
        return self._data.get(key, default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError
    
    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "environ(%r)" % (self._data,)


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(_path("putenv", key), _path("putenv", value))


def unsetenv(key):
    _posix.unsetenv(_path("unsetenv", key))


def chdir(path):
    _posix.chdir(_path("chdir", path, "fd"))


def listdir(path=None):
    if path is None:
        return _posix.listdir(".")
    names = _posix.listdir(_path("listdir", path, "fd_none"))
    if isinstance(path, bytes):
        return [n.encode() for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_path("mkdir", path), mode)


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_path("rmdir", path))


def remove(path, *, dir_fd=None):
    _posix.remove(_path("remove", path))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_path("unlink", path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_path("rename", src, what="src"), _path("rename", dst, what="dst"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.replace(_path("replace", src, what="src"), _path("replace", dst, what="dst"))


def readlink(path, *, dir_fd=None):
    return _result_type(path, _posix.readlink(_path("readlink", path)))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_path("symlink", src, what="src"), _path("symlink", dst, what="dst"))


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")



class stat_result(tuple):
    """What os.stat returns: a 10-tuple (whole-second times) whose fields
    also have names; st_atime and friends are float, *_ns int."""

    n_sequence_fields = 10
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        whole = values[:7] + tuple(int(t) for t in values[7:10])
        self = tuple.__new__(cls, whole)
        self._times = values[7:]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._times[3])
    st_mtime_ns = property(lambda self: self._times[4])
    st_ctime_ns = property(lambda self: self._times[5])

    def __repr__(self):
        names = _STAT_FIELDS + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%r" % pair for pair in zip(names, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = _path("stat", path, "fd")
    return stat_result(_posix.stat(path) if follow_symlinks else _posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(_path("lstat", path)))


import posixpath as path

sys.modules["os.path"] = path


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        new_path = path.join(top, entry)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
