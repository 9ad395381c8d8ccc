"""`tempfile`: temporary files and directories, the everyday part of
CPython 3.11's module: `gettempdir`, `gettempprefix`, `mkdtemp`, `mktemp`,
`TemporaryDirectory`, `NamedTemporaryFile`, `TemporaryFile`.

Names are 'tmp' + 8 random characters, as CPython's; a directory is made
with `os.mkdir` and a file opened with mode 'x', both of which fail if
the name exists, so two threads (or processes) never get the same one.
gilpy's `os` has no `open`/file descriptors, so there is no `mkstemp`."""

import os
import random as _random
import _thread
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "mktemp", "gettempdir",
           "gettempprefix", "TMP_MAX", "template"]

TMP_MAX = 10000
template = "tmp"
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.SystemRandom()
_once_lock = _thread.allocate_lock()
tempdir = None


def _random_name():
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The prefix temporary names start with ('tmp')."""
    return template


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(env)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def gettempdir():
    """The default directory for temporary files: the first of $TMPDIR, $TEMP,
    $TMP, /tmp, /var/tmp, /usr/tmp and the current directory that is a directory."""
    global tempdir
    with _once_lock:
        if tempdir is None:
            for directory in _candidate_dirs():
                if os.path.isdir(directory):
                    tempdir = os.path.abspath(directory)
                    break
            else:
                raise FileNotFoundError("No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def _parts(suffix, prefix, dir):
    return ("" if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) and return its absolute path name."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A temporary file name not in use now (not created: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError("No usable temporary filename found")


class TemporaryDirectory:
    """A directory removed, with everything in it, on cleanup() or at the end
    of a `with` block; `with` gives its name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._closed:
            self._closed = True
            if os.path.exists(self.name):
                _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)


class _TemporaryFileWrapper:
    """A file with a `name`, removed when closed if `delete`; other
    attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    exclusive = mode.replace("w", "x", 1) if "w" in mode else "x" + mode.replace("r", "").replace("a", "")
    kwargs = {}
    if "b" not in mode:
        kwargs = {"encoding": encoding, "newline": newline, "errors": errors}
    for _ in range(TMP_MAX):
        path = os.path.abspath(os.path.join(dir, prefix + _random_name() + suffix))
        try:
            return open(path, exclusive, buffering, **kwargs), path
        except FileExistsError:
            continue
    raise FileExistsError("No usable temporary file name found")


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A new file with a name on the file system (`.name`), opened with `mode`;
    removed when closed unless `delete` is false."""
    file, path = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A new file with no name left on the file system (it is removed at once)."""
    file, path = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    os.unlink(path)
    return file
