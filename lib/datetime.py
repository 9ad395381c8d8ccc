"""The `datetime` module as CPython 3.11 documents it: `timedelta`, `date`,
`time`, `datetime`, `tzinfo` and `timezone`, with CPython's reprs, range
errors and TypeErrors.

Each class sets `__tp_name__` so the VM's own operator errors name it as
CPython names its C types ('datetime.date', not 'date'). Calendar
arithmetic is in _datetime_calendar.py, text parsing in _datetime_parse.py,
and `time` supplies the clock, local time and `strftime`; `date` and
`timezone` are in _datetime_date.py, `time` and `datetime` in
_datetime_clock.py. gilpy's local
time is UTC (see src/modules/time.rs), so naive local times are UTC too."""

import time as _time
import math as _math
import _datetime_calendar as _cal
import _datetime_parse as _parse
from _datetime_calendar import MINYEAR, MAXYEAR, divide_and_round as _div_round

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999


def _name(obj):
    """What CPython's reprs call the object's class: a subclass by its name."""
    cls = type(obj)
    return cls.__dict__.get("__tp_name__", cls.__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    """A duration: days, seconds and microseconds."""

    __tp_name__ = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        whole = 0
        fractional = 0.0
        for value, unit, label in ((days, _US_PER_DAY, "days"), (seconds, _US_PER_SECOND, "seconds"),
                                   (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"), (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                whole += int(value) * unit
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value else "infinity"))
                frac, integral = _math.modf(value)
                whole += int(integral) * unit
                fractional += frac * unit
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (label, type(value).__name__))
        return cls._from_microseconds(whole + round(fractional))

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds, doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds, doc="Number of microseconds (>= 0 and less than 1 second).")

    def _total(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """The duration as a float number of seconds."""
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        for label, value in (("days", self._days), ("seconds", self._seconds), ("microseconds", self._microseconds)):
            if value:
                parts.append("%s=%d" % (label, value))
        return "%s(%s)" % (_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return timedelta._from_microseconds(self._total())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_div_round(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_div_round(self._total(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_div_round(den * self._total(), num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total() // other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total() != other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total() < other._total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total() <= other._total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total() > other._total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total() >= other._total()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Base class for time zones; subclasses supply utcoffset, dst and tzname."""

    __tp_name__ = "datetime.tzinfo"
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Converts dt, a UTC time carrying this tzinfo, to this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = offset - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        args = self.__getinitargs__() if hasattr(self, "__getinitargs__") else ()
        return type(self), args


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    """A tzinfo method's answer: None or a timedelta under a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _format_offset(offset, sep=":"):
    """+HH:MM[:SS[.ffffff]] of a timedelta, '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign, offset = "-", -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _strftime(fmt, timetuple, microsecond, tzname, offset):
    """strftime with %f, %z and %Z filled in here, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == "f":
                out.append("%06d" % microsecond)
            elif d == "z":
                out.append(_format_offset(offset, ""))
            elif d == "Z":
                out.append((tzname or "").replace("%", "%%"))
            else:
                out.append("%" + d)
            continue
        out.append(c)
        i += 1
    return _time.strftime("".join(out), timetuple)


def _format_spec(obj, spec):
    if not isinstance(spec, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % type(spec).__name__)
    return obj.strftime(spec) if spec else str(obj)


# The other classes need the ones above: they import this module half-made.
from _datetime_date import date, timezone, IsoCalendarDate  # noqa: E402
from _datetime_clock import time, datetime  # noqa: E402

UTC = timezone.utc
datetime_CAPI = None
