"""`base64`: Base16, Base32 and Base64 encodings (RFC 4648) as CPython 3.11
has them: `b64encode`/`b64decode` (with `altchars` and `validate`), the
standard and URL-safe variants, `b32encode`/`b32decode`, `b32hexencode`/
`b32hexdecode`, `b16encode`/`b16decode`, `encodebytes`/`decodebytes`.
Base64 itself is in lib/binascii.py. No Ascii85/Base85."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def _input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _translate(data, source, target):
    table = dict(zip(source, target))
    return bytes(table.get(b, b) for b in data)


def b64encode(s, altchars=None):
    """s in Base64, as bytes; `altchars` (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(_input(s), newline=False)
    if altchars is not None:
        altchars = _input(altchars)
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes that Base64 data s (bytes or ASCII str) encodes; with `validate`,
    characters outside the alphabet are an error rather than skipped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """s in Base64 with the usual '+' and '/' characters."""
    return b64encode(s)


def standard_b64decode(s):
    """Decodes Base64 written with the usual '+' and '/' characters."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """s in Base64 with '-' and '_' in place of '+' and '/' (safe in URLs and file names)."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decodes Base64 written with '-' and '_' in place of '+' and '/'."""
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters for the 0..4 bytes left over after the 5-byte groups.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _input(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = 0
        for b in chunk + bytes(5 - len(chunk)):
            n = (n << 8) | b
        group = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        pads = _B32_PADS[len(chunk) % 5] if len(chunk) < 5 else 0
        out += group[:8 - pads] + b"=" * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        group = stripped[i:i + 8]
        n = 0
        for c in group:
            if c not in values:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | values[c]
        n <<= 5 * (8 - len(group))
        out += bytes((n >> shift) & 0xFF for shift in (32, 24, 16, 8, 0))
    if pads:
        drop = {1: 1, 3: 2, 4: 3, 6: 4}.get(pads)
        if drop is None or not s:
            raise binascii.Error("Incorrect padding")
        del out[-drop:]
    return bytes(out)


def b32encode(s):
    """s in Base32 (RFC 4648), as bytes."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes that Base32 data s encodes; `casefold` accepts lowercase, `map01`
    reads 0 as O and 1 as the given letter."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the 'extended hex' alphabet (0-9, A-V), as bytes."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes that extended-hex Base32 data s encodes."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """s in uppercase hex (Base16), as bytes."""
    return binascii.hexlify(_input(s)).upper()


def b16decode(s, casefold=False):
    """The bytes that hex data s encodes (uppercase only unless `casefold`)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """s in Base64 split into lines of at most 76 characters, each ending in a newline."""
    s = _input(s)
    pieces = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b"".join(pieces)


def decodebytes(s):
    """The bytes that (possibly multi-line) Base64 data s encodes."""
    return binascii.a2b_base64(_input(s))


def encode(input, output):
    """Reads binary file `input` and writes it to binary file `output` in line-split Base64."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Reads Base64 from binary file `input` and writes the decoded bytes to `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
