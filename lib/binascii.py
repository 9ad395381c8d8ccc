"""`binascii`: conversions between binary data and ASCII (CPython 3.11's
`Error`, `Incomplete`, `hexlify`/`b2a_hex`, `unhexlify`/`a2b_hex`,
`b2a_base64`, `a2b_base64` with `strict_mode`, `crc32`), written in
Python for `base64`, with CPython's error messages."""

__all__ = ("Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64", "crc32")


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}
_PAD = 61  # ord("=")
_HEX = "0123456789abcdef"


def _data(data, decoding=False):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if decoding and isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if decoding:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Each byte of data as two hex digits; `sep` every `bytes_per_sep` bytes if given."""
    data = _data(data)
    digits = [_HEX[b >> 4] + _HEX[b & 15] for b in data]
    if sep is None or not digits:
        return "".join(digits).encode("ascii")
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep) or len(digits)
    if bytes_per_sep < 0:
        groups = ["".join(digits[i:i + step]) for i in range(0, len(digits), step)]
    else:
        first = len(digits) % step or step
        groups = ["".join(digits[:first])] + ["".join(digits[i:i + step]) for i in range(first, len(digits), step)]
    return sep.join(groups).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes that a string of hex digit pairs stands for."""
    data = _data(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        pair = data[i:i + 2].decode("latin-1").lower()
        if pair[0] not in _HEX or pair[1] not in _HEX:
            raise Error("Non-hexadecimal digit found")
        out.append(_HEX.index(pair[0]) * 16 + _HEX.index(pair[1]))
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """data in Base64, with a trailing newline when `newline` is true."""
    data = _data(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _PAD, _PAD))
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _PAD))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes a Base64 text encodes (with `strict_mode`, only well-formed input is accepted)."""
    data = _data(data, True)
    out = bytearray()
    acc = bits = quad = pads = 0
    count = 0
    padding_started = False
    complete = False
    for i, c in enumerate(data):
        if c == _PAD:
            padding_started = True
            if strict_mode and count == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    complete = True
                    break
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        count += 1
        acc = ((acc << 6) | value) & 0xFFFFFF
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
        quad = (quad + 1) % 4
    if quad and not complete:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                        "than a multiple of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    """The CRC-32 of data, continuing from `crc` (a previous result) when given."""
    crc = ~crc & 0xFFFFFFFF
    for b in _data(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
