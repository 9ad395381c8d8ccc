"""Operations on POSIX path names, as CPython's `posixpath` (which `os.path`
is): pure string functions (join, split, normpath...) and the ones that ask
the file system (exists, isdir, realpath...).

Written from the module's documentation and CPython 3.11's observed
behaviour."""

import posix as _posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname", "commonprefix",
           "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is not None:
        result = method(p)
        if isinstance(result, (str, bytes)):
            return result
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" %
                        (type(p).__name__, type(result).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def _seps(p):
    if isinstance(p, bytes):
        return b"/", b".", b""
    return "/", ".", ""


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        if not isinstance(b, (str, bytes)) and getattr(type(b), "__fspath__", None) is None:
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" %
                            type(b).__name__)
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, empty


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = _fspath(path)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash * initial + slash.join(parts)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def _stat(path, follow=True):
    path = _fspath(path)
    if isinstance(path, bytes):
        path = path.decode()
    if not isinstance(path, str):
        raise TypeError("stat: path should be string, bytes, os.PathLike or integer, not %s" % type(path).__name__)
    return _posix.stat(path) if follow else _posix.lstat(path)


def _mode(path, follow=True):
    try:
        return _stat(path, follow)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def islink(path):
    mode = _mode(path, False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def ismount(path):
    try:
        s1 = _stat(path, False)
    except (OSError, ValueError):
        return False
    if s1[0] & _S_IFMT == _S_IFLNK:
        return False
    parent = join(path, pardir)
    try:
        s2 = _stat(parent, False)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return _stat(filename)[6]


def getatime(filename):
    return _stat(filename)[7]


def getmtime(filename):
    return _stat(filename)[8]


def getctime(filename):
    return _stat(filename)[9]


def samefile(f1, f2):
    s1 = _stat(f1)
    s2 = _stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    slash, dot, empty = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    try:
        (isabs_,) = set(p[:1] == slash for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if isabs_ else slash[:0]
    return prefix + slash.join(common)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    slash, dot, empty = _seps(path)
    start = dot if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dot + dot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: gilpy has no password database to ask
    home = _posix.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("${", i):
            j = path.find("}", i + 2)
            name = path[i + 2:j] if j > 0 else ""
            if j > 0 and name and all(ch.isalnum() or ch == "_" for ch in name):
                end = j + 1
            else:
                out.append(c)
                i += 1
                continue
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
            if not name:
                out.append(c)
                i += 1
                continue
        value = _posix.environ.get(name)
        out.append(path[i:end] if value is None else value)
        i = end
    return "".join(out)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path, _ = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    slash, dot, empty = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = slash
    while rest:
        name, _, rest = rest.partition(slash)
        if not name or name == dot:
            continue
        if name == dot + dot:
            if path:
                path, name = split(path)
                if name == dot + dot:
                    path = join(path, dot + dot, dot + dot)
            else:
                path = dot + dot
            continue
        newpath = join(path, name)
        try:
            is_link = _stat(newpath, False)[0] & _S_IFMT == _S_IFLNK
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        target = _posix.readlink(newpath)
        path, ok = _joinrealpath(path, target, strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
