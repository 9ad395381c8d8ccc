"""`datetime.date`, `datetime.timezone` and `datetime.IsoCalendarDate`
(lib/datetime.py re-exports them; this file only keeps that one under
~800 lines).

`datetime` lives in _datetime_clock.py, which imports this file, so code
here recognises a datetime by its `_is_datetime` class flag instead of
importing the class."""

import time as _time
import _datetime_calendar as _cal
import _datetime_parse as _parse
from datetime import timedelta, tzinfo, _name, _cmp, _strftime, _format_spec, _format_offset

# Classes take their __module__ from __name__ when they are made.
__name__ = "datetime"

_DELTA_DAY = None


def _is_datetime(obj):
    return getattr(type(obj), "_is_datetime", False)


class IsoCalendarDate(tuple):
    """(year, week, weekday) of date.isocalendar(), with those names."""

    __tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)


class date:
    """date(year, month, day) --> date object"""

    __tp_name__ = "datetime.date"
    __slots__ = ("_year", "_month", "_day", "_hashcode")
    _is_datetime = False

    def __new__(cls, year, month, day):
        year, month, day = _cal.check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def _from_fields(cls, year, month, day):
        """A result of arithmetic: a subclass is built by its constructor."""
        if cls is date:
            return date._make(year, month, day)
        return cls(year, month, day)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    # ---- other constructors

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _cal.index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _cal.MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _cal.ordinal_to_ymd(n)[0])
        return cls(*_cal.ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse.iso_date(date_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_cal.ordinal_to_ymd(_cal.iso_to_ordinal(year, week, day)))

    # ---- conversions

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _cal.ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_cal.iso_calendar(self.toordinal(), self._year))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        yday = _cal.days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    # ---- text

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_cal.DAY_ABBR[self.weekday()], _cal.MONTH_ABBR[self._month],
                                             self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self.timetuple(), 0, "", None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    # ---- arithmetic and comparisons

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _cal.MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)._from_fields(*_cal.ordinal_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not _is_datetime(other):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _compare_key(self, other):
        if isinstance(other, date) and not _is_datetime(other):
            return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare_key(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)

_OMITTED = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __tp_name__ = "datetime.timezone"
    __slots__ = ("_offset", "_tzname")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is _OMITTED:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset, self._tzname = offset, name
        return self

    def __getinitargs__(self):
        if self._tzname is None:
            return (self._offset,)
        return (self._offset, self._tzname)

    def _check_dt(self, method, dt):
        if dt is not None and not _is_datetime(dt):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("tzname", dt)
        if self._tzname is not None:
            return self._tzname
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not _is_datetime(dt):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._tzname is None:
            return "%s(%r)" % (_name(self), self._offset)
        return "%s(%r, %r)" % (_name(self), self._offset, self._tzname)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
