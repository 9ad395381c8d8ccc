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
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(_input(s), newline=False)
    if altchars is not None:
        altchars = _input(altchars)
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
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
    """Encode the bytes-like objects using base32 and return a bytes object."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like objects using base32hex and return a bytes object."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(_input(s)).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
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
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    s = _input(s)
    pieces = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return binascii.a2b_base64(_input(s))


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
