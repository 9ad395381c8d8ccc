"""`glob`: Unix-style pathname pattern expansion (`glob`, `iglob`, `escape`,
`has_magic`) as CPython 3.11, with `recursive=` (`**`), `root_dir=` and
`include_hidden=`; the matching itself is lib/fnmatch.py's.

Results come in the order the directory lists its entries, as in CPython
(which is the file system's order: sort them to compare)."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    magic = b"*?[" if isinstance(s, bytes) else "*?["
    return any(c in magic for c in s)


def _is_recursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def _hidden(name):
    return name[:1] in (".", b".")


def escape(pathname):
    """Quotes the wildcard characters of pathname (in brackets) so they match literally."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c]) for c in rest)
    else:
        out = "".join("[" + c + "]" if c in "*?[" else c for c in rest)
    return drive + out


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of existing paths that match the wildcard pattern `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but yields the matching paths one at a time."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A leading '**' would yield '' first: CPython drops it.
        results = (r for r in results if r)
    return results


def _join(root, path):
    if not root or os.path.isabs(path):
        return path
    return os.path.join(root, path)


def _lexists(root, path):
    return os.path.lexists(_join(root, path))


def _isdir(root, path):
    return os.path.isdir(_join(root, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            step = _glob2
        else:
            step = _glob1
    else:
        step = _glob0
    for directory in dirs:
        for name in step(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or (b"." if isinstance(dirname, bytes) else "."))
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """`**`: this directory and everything under it."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            if os.path.isdir(path) and not os.path.islink(path):
                for sub in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(name, sub)
