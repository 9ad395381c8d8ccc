"""JSONEncoder: Python values to JSON text, as CPython's json.encoder."""

INFINITY = float("inf")

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def py_encode_basestring(s):
    """A JSON string literal for s, non-ASCII characters kept."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        esc = _SHORT_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif c < " ":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def py_encode_basestring_ascii(s):
    """A JSON string literal for s in ASCII: others become \\uXXXX escapes."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    out = ['"']
    for c in s:
        if " " <= c <= "~":
            out.append(_SHORT_ESCAPES.get(c, c))
            continue
        esc = _SHORT_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            n -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF)))
    out.append('"')
    return "".join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Encoding(self, chunks).value(o, 0)
        return chunks


class _Encoding:
    """One run of an encoder over a value, appending text to `out`."""

    def __init__(self, encoder, out):
        self.enc = encoder
        self.out = out
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.sequence(o, level)
        elif isinstance(o, dict):
            self.mapping(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        if self.indent is None:
            return None
        return "\n" + self.indent * level

    def sequence(self, o, level):
        out = self.out
        if not o:
            out.append("[]")
            return
        self.enter(o)
        out.append("[")
        inner = self.newline(level + 1)
        separator = self.enc.item_separator
        if inner is not None:
            out.append(inner)
            separator += inner
        first = True
        for item in o:
            if not first:
                out.append(separator)
            first = False
            self.value(item, level + 1)
        closing = self.newline(level)
        if closing is not None:
            out.append(closing)
        out.append("]")
        self.leave(o)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % key.__class__.__name__)

    def mapping(self, o, level):
        out = self.out
        if not o:
            out.append("{}")
            return
        self.enter(o)
        out.append("{")
        inner = self.newline(level + 1)
        separator = self.enc.item_separator
        if inner is not None:
            out.append(inner)
            separator += inner
        items = sorted(o.items()) if self.enc.sort_keys else o.items()
        first = True
        for key, item in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(self.string(text))
            out.append(self.enc.key_separator)
            self.value(item, level + 1)
        closing = self.newline(level)
        if closing is not None:
            out.append(closing)
        out.append("}")
        self.leave(o)
