"""Text to datetime fields: `fromisoformat` (the ISO 8601 forms CPython 3.11
reads) and `strptime` (the C-locale directives), for lib/datetime.py.

gilpy has no `re`, so strptime is a small backtracking matcher: each
directive offers its candidate lengths longest first, as the alternatives
of CPython's regular expressions do, and the first way through the whole
format wins (text left over is "unconverted data"). Both parsers return
plain tuples; datetime.py builds the objects and their range errors."""

from _datetime_calendar import MONTH_ABBR, DAY_ABBR, ymd_to_ordinal, ordinal_to_ymd, iso_to_ordinal

_DIGITS = "0123456789"


def _is_digits(s):
    if not s:
        return False
    for c in s:
        if c not in _DIGITS:
            return False
    return True


# ---------------------------------------------------------------- ISO 8601

def iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD or an ISO week date; None if not one."""
    if len(s) == 10 and s[4] == "-" and s[7] == "-" and s[5] != "W":
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and _is_digits(s):
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        return _iso_week_date(s)
    if not all(_is_digits(p) for p in parts):
        return None
    return int(parts[0]), int(parts[1]), int(parts[2])


def _iso_week_date(s):
    if len(s) in (8, 10) and s[4:6] == "-W":
        year, week, day = s[0:4], s[6:8], (s[9:10] if len(s) == 10 else "1")
        if len(s) == 10 and s[8] != "-":
            return None
    elif len(s) in (7, 8) and s[4] == "W":
        year, week, day = s[0:4], s[5:7], (s[7:8] if len(s) == 8 else "1")
    else:
        return None
    if not (_is_digits(year) and _is_digits(week) and _is_digits(day)):
        return None
    return ordinal_to_ymd(iso_to_ordinal(int(year), int(week), int(day)))


def iso_date_length(s):
    """How many leading characters of a datetime string are its date."""
    if s[4:5] == "-":
        if s[5:6] == "W" and s[8:9] != "-":
            return 8
        return 10
    if s[4:5] == "W":
        return 8 if s[7:8] in tuple(_DIGITS) else 7
    return 8


def _clock(s, allow_fraction):
    """(h, m, s, us) of HH[[:]MM[[:]SS[.ffffff]]]; None if not one."""
    fraction = 0
    for mark in ".,":
        if mark in s:
            if not allow_fraction:
                return None
            s, digits = s.split(mark, 1)
            if not _is_digits(digits):
                return None
            fraction = int((digits[:6] + "00000")[:6])
            break
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and _is_digits(p) for p in parts):
        return None
    if fraction and len(parts) < 3:
        return None
    fields = [int(p) for p in parts] + [0] * (3 - len(parts))
    return fields[0], fields[1], fields[2], fraction


def iso_time(s):
    """(hour, minute, second, microsecond, offset) where offset is None or
    (sign, hours, minutes, seconds, microseconds); None if not a time."""
    if s[:1] == "T":
        s = s[1:]
    cut = len(s)
    for i, c in enumerate(s):
        if c in "+-Z":
            cut = i
            break
    body, zone = s[:cut].rstrip(" "), s[cut:]
    clock = _clock(body, True)
    if clock is None:
        return None
    if not zone:
        return clock + (None,)
    if zone == "Z":
        return clock + ((1, 0, 0, 0, 0),)
    offset = _clock(zone[1:], True)
    if offset is None:
        return None
    return clock + ((-1 if zone[0] == "-" else 1,) + offset,)


# ---------------------------------------------------------------- strptime

_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")

# directive: (fewest digits, most digits, smallest value, largest value)
_NUMBERS = {
    "d": (1, 2, 1, 31), "m": (1, 2, 1, 12), "y": (2, 2, 0, 99), "Y": (4, 4, 0, 9999),
    "H": (1, 2, 0, 23), "I": (1, 2, 1, 12), "M": (1, 2, 0, 59), "S": (1, 2, 0, 61),
    "f": (1, 6, 0, 999999), "j": (1, 3, 1, 366), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7),
    "U": (1, 2, 0, 53), "W": (1, 2, 0, 53),
}
_NAMES = {
    "a": DAY_ABBR, "A": _FULL_DAYS, "b": MONTH_ABBR[1:], "B": _FULL_MONTHS[1:], "p": ("AM", "PM"),
    "Z": ("UTC", "GMT"),
}
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _tokens(fmt):
    """The format as ('lit', char), ('space',) and ('dir', letter) tokens."""
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                out.extend(_tokens(_EXPANSIONS[d]))
            elif d == "%":
                out.append(("lit", "%"))
            elif d in _NUMBERS or d in _NAMES or d == "z":
                out.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            continue
        if c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(("space",))
            continue
        out.append(("lit", c))
        i += 1
    return out


def _candidates(kind, data, pos):
    """(value, end) pairs a token can match at `pos`, preferred first."""
    if kind[0] == "lit":
        if data[pos:pos + 1].lower() == kind[1].lower():
            return [(None, pos + 1)]
        return []
    if kind[0] == "space":
        end = pos
        while end < len(data) and data[end].isspace():
            end += 1
        return [(None, end)] if end > pos else []
    d = kind[1]
    if d in _NUMBERS:
        low_len, high_len, low, high = _NUMBERS[d]
        found = []
        for n in range(high_len, low_len - 1, -1):
            piece = data[pos:pos + n]
            if len(piece) == n and _is_digits(piece) and low <= int(piece) <= high:
                found.append((piece, pos + n))
        return found
    if d == "z":
        return _zone_candidates(data, pos)
    names = sorted(_NAMES[d], key=len, reverse=True)
    return [(name, pos + len(name)) for name in names if data[pos:pos + len(name)].lower() == name.lower()]


def _zone_candidates(data, pos):
    if data[pos:pos + 1] == "Z":
        return [((1, 0, 0, 0, 0), pos + 1)]
    if data[pos:pos + 1] not in ("+", "-"):
        return []
    sign = -1 if data[pos] == "-" else 1
    found = []
    for shape in ("hh:mm:ss.ffffff", "hhmmss.ffffff", "hh:mm:ss", "hhmmss", "hh:mm", "hhmm"):
        piece = data[pos + 1:pos + 1 + len(shape)]
        if len(piece) != len(shape):
            continue
        if not all((p in _DIGITS) if s in "hmsf" else p == s for p, s in zip(piece, shape)):
            continue
        digits = [p for p in piece if p in _DIGITS]
        fields = ["".join(digits[i:i + 2]) for i in range(0, min(len(digits), 6), 2)]
        fields = [int(f) for f in fields] + [0] * (3 - len(fields))
        micro = int("".join(digits[6:])) if len(digits) > 6 else 0
        if fields[1] <= 59 and fields[2] <= 59:
            found.append(((sign, fields[0], fields[1], fields[2], micro), pos + 1 + len(shape)))
    return found


def _match(tokens, t, data, pos, found):
    """Matches tokens[t:] at data[pos:]; returns the end position or -1."""
    if t == len(tokens):
        return pos
    token = tokens[t]
    for value, end in _candidates(token, data, pos):
        if token[0] == "dir":
            found[token[1]] = value
        stop = _match(tokens, t + 1, data, end, found)
        if stop >= 0:
            return stop
    if token[0] == "dir":
        found.pop(token[1], None)
    return -1


def strptime(data, fmt):
    """(year, month, day, hour, minute, second, microsecond, offset) for `data`."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    found = {}
    end = _match(_tokens(fmt), 0, data, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    return _fields(found)


def _fields(found):
    year = 1900
    if "Y" in found:
        year = int(found["Y"])
    elif "y" in found:
        year = int(found["y"])
        year += 2000 if year < 69 else 1900
    month = int(found.get("m", 1))
    for key, names in (("b", MONTH_ABBR), ("B", _FULL_MONTHS)):
        if key in found:
            month = [n.lower() for n in names].index(found[key].lower())
    day = int(found.get("d", 1))
    hour = int(found.get("H", 0))
    if "I" in found:
        hour = int(found["I"])
        if "p" in found:
            pm = found["p"].lower() == "pm"
            hour = (hour % 12) + (12 if pm else 0)
    if "j" in found and "m" not in found and "d" not in found and "b" not in found and "B" not in found:
        year, month, day = ordinal_to_ymd(ymd_to_ordinal(year, 1, 1) + int(found["j"]) - 1)
    fraction = int((found["f"] + "00000")[:6]) if "f" in found else 0
    return (year, month, day, hour, int(found.get("M", 0)), int(found.get("S", 0)), fraction, found.get("z"))
