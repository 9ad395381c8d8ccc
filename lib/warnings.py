"""Warnings: warn(), the filters that decide what is shown, and catch_warnings.

gilpy's `warnings`, after CPython 3.11. A warning is shown as
`FILE:LINE: Category: message` and the source line, on stderr, once per
location with the default filters. `threading`'s deprecated camelCase
names report here once this module is imported (so the filters apply to
them); before that the native printer (src/vm/warnings.rs) shows them
with these same default filters.

There is no `re` module yet: the `message` and `module` patterns of
filterwarnings() are matched by a small regular-expression matcher here
(literals, `.`, `*`, `+`, `?`, `[...]`, `\\d \\w \\s`, `^`, `$`).
"""

import sys
import _traceback
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern:
    """A compiled pattern: match() anchors at the start, as re.match."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._ignorecase = ignorecase
        self._atoms = self._parse(pattern.lower() if ignorecase else pattern)

    def __repr__(self):
        if self._ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and other.pattern == self.pattern and other.flags == self.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    @staticmethod
    def _parse(p):
        # atoms: (kind, value, quantifier); kind 'c' char, 'any', 'set', 'end'
        atoms = []
        i = 0
        n = len(p)
        if p.startswith('^'):
            i = 1
        while i < n:
            c = p[i]
            if c == '\\' and i + 1 < n:
                e = p[i + 1]
                if e == 'd':
                    atom = ('fn', str.isdigit)
                elif e == 'w':
                    atom = ('fn', lambda ch: ch.isalnum() or ch == '_')
                elif e == 's':
                    atom = ('fn', str.isspace)
                else:
                    atom = ('c', e)
                i += 2
            elif c == '.':
                atom = ('any', None)
                i += 1
            elif c == '[':
                j = p.find(']', i + 2)
                if j < 0:
                    atom = ('c', c)
                    i += 1
                else:
                    body = p[i + 1:j]
                    negate = body.startswith('^')
                    if negate:
                        body = body[1:]
                    chars = set()
                    k = 0
                    while k < len(body):
                        if k + 2 < len(body) and body[k + 1] == '-':
                            for o in range(ord(body[k]), ord(body[k + 2]) + 1):
                                chars.add(chr(o))
                            k += 3
                        else:
                            chars.add(body[k])
                            k += 1
                    atom = ('set', (chars, negate))
                    i = j + 1
            elif c == '$' and i == n - 1:
                atoms.append(('end', None, ''))
                i += 1
                continue
            else:
                atom = ('c', c)
                i += 1
            q = ''
            if i < n and p[i] in '*+?':
                q = p[i]
                i += 1
            atoms.append((atom[0], atom[1], q))
        return atoms

    @staticmethod
    def _one(atom, ch):
        kind, value, _ = atom
        if kind == 'c':
            return ch == value
        if kind == 'any':
            return ch != '\n'
        if kind == 'fn':
            return value(ch)
        chars, negate = value
        return (ch in chars) != negate

    def _match_at(self, atoms, ai, s, si):
        while ai < len(atoms):
            atom = atoms[ai]
            kind, _, q = atom
            if kind == 'end':
                return si == len(s) or (si == len(s) - 1 and s[si] == '\n')
            if q == '':
                if si < len(s) and self._one(atom, s[si]):
                    ai += 1
                    si += 1
                    continue
                return False
            lo = 1 if q == '+' else 0
            hi = 1 if q == '?' else len(s) - si
            count = 0
            while count < hi and si + count < len(s) and self._one(atom, s[si + count]):
                count += 1
            while count >= lo:
                if self._match_at(atoms, ai + 1, s, si + count):
                    return True
                count -= 1
            return False
        return True

    def match(self, text):
        if self._ignorecase:
            text = text.lower()
        return self._match_at(self._atoms, 0, text, 0)


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = linecache.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning: `FILE:LINE: Category: message` and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# The __warningregistry__ of each module, by module name (gilpy has no
# frame globals to keep them in).
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `action` for warnings whose text starts with the
    pattern `message`, of `category`, from modules matching `module`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        message = _Pattern(message, True) if message else None
        module = _Pattern(module, False) if module else None
    else:
        message = None
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of `category` (at line `lineno`, when not 0)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter (even the default ones)."""
    filters[:] = []
    _filters_mutated()


def _caller(stacklevel):
    # (filename, lineno, module name) stacklevel frames above warn()'s caller.
    frames = _traceback.stack()
    # frames[-1] is _caller, frames[-2] warn, frames[-3] the code calling warn.
    index = len(frames) - 2 - stacklevel
    if index < 0:
        return "sys", 1, "sys"
    filename, lineno, _, module = frames[index]
    if module is None:
        module = "<string>"
    return filename, lineno, module


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, reported at the code `stacklevel` frames up (1: the
    caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _matches(pattern, text):
    # None matches everything, a plain str (the default filters) only
    # itself, a compiled pattern from its start.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning for an explicit location, through the filters."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Saves the filters and showwarning on entry and puts them back on exit;
    with record=True, warnings are kept in the list __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# CPython 3.11's default filters (a release build, no -W options).
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
