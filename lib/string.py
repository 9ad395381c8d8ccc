"""Common string constants, Template strings and Formatter (gilpy's `string`).

gilpy has no `re` module here, so Template placeholders are found by a small
hand-written scanner that follows CPython's default pattern: `$$`, `$name`
and `${name}`, where a name is an ASCII identifier.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s cut into words at sep (whitespace when None), each word capitalized, rejoined with sep
    (a space when None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = frozenset(ascii_letters + '_')
_ID_REST = frozenset(ascii_letters + digits + '_')


def _name_end(text, start):
    """End of the identifier starting at text[start], or start if there is none."""
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


class _ChainedMapping:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_NO_MAPPING = object()


class Template:
    """A string with $name / ${name} placeholders, filled in by substitute() or
    safe_substitute()."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    # Set on subclasses that change the identifier pattern or give their own
    # regular expression: those are matched with `re` (compiled on first
    # use); the default patterns are scanned by hand, without `re`.
    _regex_source = None
    _regex = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        if 'pattern' in own:
            cls._regex_source = own['pattern']
            cls._regex = None
        elif any(k in own for k in ('idpattern', 'braceidpattern', 'flags')) or \
                cls._regex_source is not None:
            cls._regex_source = 'built'
            cls._regex = None

    @classmethod
    def _compiled(cls):
        import re
        if cls._regex is None:
            flags = cls.__dict__.get('flags', getattr(cls, 'flags', re.IGNORECASE))
            src = cls._regex_source
            if src == 'built':
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                bident = cls.braceidpattern or cls.idpattern
                src = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                       % (delim, delim, ident, bident))
                cls._regex = re.compile(src, flags)
            elif isinstance(src, str):
                cls._regex = re.compile(src, flags | re.VERBOSE)
            else:
                cls._regex = src
        return cls._regex

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder of the template.

        kind is 'escaped', 'named', 'braced' or 'invalid'; for 'invalid',
        start is the position just after the delimiter, as CPython reports it.
        """
        if type(self)._regex_source is not None:
            yield from self._scan_regex()
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = text.find(delim)
        while i >= 0:
            after = i + dlen
            if text.startswith(delim, after):
                yield ('escaped', i, after + dlen, None)
                i = text.find(delim, after + dlen)
                continue
            end = _name_end(text, after)
            if end > after:
                yield ('named', i, end, text[after:end])
                i = text.find(delim, end)
                continue
            if text.startswith('{', after):
                end = _name_end(text, after + 1)
                if end > after + 1 and text.startswith('}', end):
                    yield ('braced', i, end + 1, text[after + 1:end])
                    i = text.find(delim, end + 1)
                    continue
            yield ('invalid', after, after, None)
            i = text.find(delim, after)

    def _scan_regex(self):
        for mo in self._compiled().finditer(self.template):
            groups = mo.groupdict()
            if groups.get('escaped') is not None:
                yield ('escaped', mo.start(), mo.end(), None)
            elif groups.get('named') is not None:
                yield ('named', mo.start(), mo.end(), groups['named'])
            elif groups.get('braced') is not None:
                yield ('braced', mo.start(), mo.end(), groups['braced'])
            elif groups.get('invalid') is not None:
                yield ('invalid', mo.start('invalid'), mo.end(), None)
            else:
                raise ValueError('Unrecognized named group in pattern', type(self)._compiled().pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _ChainedMapping(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = self._mapping(mapping, kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            parts.append(text[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(str(mapping[name]))
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = self._mapping(mapping, kws)
        text = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                continue
            parts.append(text[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            else:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ---------------------------------------------------------------- Formatter

def _parse_format(s):
    """The pieces of a format string: (literal, field_name, spec, conversion)."""
    result = []
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            result.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        # A replacement field: the name runs to '!', ':' or '}' outside brackets.
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        in_brackets = False
        while j < n:
            ch = s[j]
            if ch == '[':
                in_brackets = True
            elif ch == ']':
                in_brackets = False
            elif not in_brackets:
                if ch in '!:}':
                    break
                if ch == '{':
                    raise ValueError("unexpected '{' in field name")
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        spec = ''
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        result.append((''.join(literal), name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit keys become ints."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The machinery of str.format, with hooks a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's Formatter words both directions this way.
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
