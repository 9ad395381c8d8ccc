"""Regular expressions, as CPython 3.11's `re` documents them.

The engine (parser, compiler and backtracking matcher) is native, in
`_sre`; this module gives the public API on top of it: flags, `re.error`,
`Pattern` and `Match` objects, replacement templates, `split`/`sub` and a
thread-safe cache of compiled patterns.

Written from the module's documentation and CPython 3.11's observed
behaviour."""

import _sre
import _thread

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

# Member order of CPython's RegexFlag: its repr lists set flags in this order.
_FLAG_NAMES = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of `re`: ints that print as `re.IGNORECASE|re.MULTILINE`."""
    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        for name, bit in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None if int(self) else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """Raised for an invalid pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
_MAXSIZE = 9223372036854775807
_GenericAlias = type(list[int])


def _raise_compile_error(pattern, msg, pos, kind):
    if kind == 1:
        raise OverflowError(msg)
    if kind == 2:
        raise RecursionError(msg)
    raise error(msg, None if pos is None else pattern, pos)


class Pattern:
    """A compiled regular expression."""
    __slots__ = ("_engine", "pattern", "flags", "groups", "groupindex", "_names")

    def __init__(self, pattern, flags):
        result = _sre.compile(pattern, flags)
        if result[0] is None:
            _raise_compile_error(pattern, result[1], result[2], result[3])
        self._engine = result[0]
        self.pattern = pattern
        self.flags = result[1]
        self.groups = result[2]
        index = {}
        names = {}
        for name, number in result[3]:
            index[name] = number
            names[number] = name
        self.groupindex = index.keys().mapping
        self._names = names

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)

    def _match(self, string, pos, endpos, mode):
        spans = self._engine.match(string, pos, endpos, mode)
        if spans is None:
            return None
        n = len(string)
        return Match(self, string, min(max(pos, 0), n), min(max(endpos, 0), n), spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return self._engine.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = self._engine.scan(string, pos, endpos, 0)
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        return iter([Match(self, string, pos, endpos, spans) for spans in found])

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        pieces = []
        last = 0
        groups = self.groups
        for spans in self._engine.scan(string, 0, None, maxsplit):
            pieces.append(string[last:spans[0]])
            for g in range(1, groups + 1):
                start = spans[2 * g]
                pieces.append(None if start < 0 else string[start:spans[2 * g + 1]])
            last = spans[1]
        pieces.append(string[last:])
        return pieces

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            return string, 0
        if not callable(repl):
            if not isinstance(repl, (str, bytes, bytearray)):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            if isinstance(repl, str) != isinstance(self.pattern, str):
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, str found")
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            backslash = "\\" if isinstance(repl, str) else b"\\"
            parts = _parse_template(repl, self) if backslash in repl else [repl]
            return self._engine.sub(string, parts, count)
        matches = self._engine.scan(string, 0, None, count)
        if not matches:
            return string, 0
        pieces = []
        last = 0
        for spans in matches:
            if spans[0] > last:
                pieces.append(string[last:spans[0]])
            piece = repl(Match(self, string, 0, len(string), spans))
            if piece is not None:
                pieces.append(piece)
            last = spans[1]
        pieces.append(string[last:])
        joiner = "" if isinstance(string, str) else b""
        return joiner.join(pieces), len(matches)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    """`Pattern.scanner`: successive matches, one per call."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._matches = iter(pattern.finditer(string, pos, endpos))

    def search(self):
        return next(self._matches, None)

    match = search


class Match:
    """The result of a successful match."""
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, pos, endpos, spans):
        # pos and endpos arrive clamped to the string: this runs once per match.
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    @property
    def lastindex(self):
        last = self._spans[-1]
        return None if last < 0 else last

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[0], self._spans[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"


def _parse_template(template, pattern):
    """A replacement template as a list of literal pieces and group numbers."""
    is_bytes = not isinstance(template, str)
    text = template.decode("latin-1") if is_bytes else template
    parts = []
    literal = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def fail(msg, pos):
        raise error(msg, template, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        at = i
        i += 1
        if i >= n:
            fail("bad escape (end of pattern)", at)
        c = text[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            close = text.find(">", i + 1)
            if close < 0:
                fail("missing >, unterminated name", i + 1)
            name = text[i + 1:close]
            if not name:
                fail("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > groups:
                    fail("invalid group reference %d" % group, i + 1)
            elif name.isidentifier():
                group = pattern.groupindex.get(name)
                if group is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                fail("bad character in group name '%s'" % name, i + 1)
            i = close + 1
        elif c == "0":
            value = 0
            for _ in range(2):
                if i < n and text[i] in _OCTAL:
                    value = value * 8 + int(text[i])
                    i += 1
                else:
                    break
            literal.append(chr(value))
        elif c in _DIGITS:
            if (c in _OCTAL and i + 1 < n and text[i] in _OCTAL and text[i + 1] in _OCTAL):
                value = int(text[i - 1:i + 2], 8)
                if value > 0o377:
                    fail("octal escape value \\%s outside of range 0-0o377" % text[i - 1:i + 2], at)
                literal.append(chr(value))
                i += 2
                continue
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
            group = int(digits)
            if group > groups:
                fail("invalid group reference %d" % group, at + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, at)
        else:
            literal.append("\\" + c)
        if group is not None:
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(group)
    if literal or not parts:
        parts.append("".join(literal))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, m):
    empty = m.string[:0]
    out = []
    for p in parts:
        if isinstance(p, int):
            value = m._get(p)
            out.append(empty if value is None else value)
        else:
            out.append(p)
    if isinstance(m.string, str):
        return "".join(out)
    return b"".join(bytes(x) for x in out)


_cache = {}
_cache_lock = _thread.allocate_lock()
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif isinstance(pattern, (bytes, bytearray)):
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if isinstance(pattern, bytearray):
        return compiled
    with _cache_lock:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """The Pattern object for pattern and flags (taken from a cache when it was compiled
    before)."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if pattern matches at the beginning of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if pattern matches the whole of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The Match of the first place in string where pattern matches, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with each non-overlapping match of pattern replaced by repl (a template
    or a function of the Match), at most `count` of them when count is not 0."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but returns (new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of pattern (and the groups' texts, if it has
    groups)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, as a list of strings (or of tuples of groups)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Yields a Match for every non-overlapping match in string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Forgets every compiled pattern in the cache."""
    with _cache_lock:
        _cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile with the TEMPLATE flag."""
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with every regex-special character backslash-quoted, so it matches literally."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
