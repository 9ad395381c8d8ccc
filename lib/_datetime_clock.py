"""`datetime.time` and `datetime.datetime` (lib/datetime.py re-exports
them; kept apart from date and timezone only to keep files short).

A datetime compares, hashes and subtracts through one number, its
microseconds since 0001-01-01 less its UTC offset when it has one, so
equal instants in different zones are equal and hash alike, as CPython's
are."""

import time as _time
import math as _math
import _datetime_calendar as _cal
import _datetime_parse as _parse
from datetime import (timedelta, tzinfo, _name, _cmp, _strftime, _format_spec, _format_offset,
                      _check_tzinfo, _check_offset, _US_PER_DAY, _US_PER_SECOND)
from _datetime_date import date, timezone

# Classes take their __module__ from __name__ when they are made.
__name__ = "datetime"

_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_TIMESPECS = ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")


def _clock_text(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _zone(offset):
    """The timezone of a parsed offset (sign, hours, minutes, seconds, us), or None."""
    if offset is None:
        return None
    sign, hours, minutes, seconds, micro = offset
    delta = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
    return timezone(-delta if sign < 0 else delta)


def _clock_repr_fields(hour, minute, second, microsecond):
    if microsecond:
        return "%d, %d, %d, %d" % (hour, minute, second, microsecond)
    if second:
        return "%d, %d, %d" % (hour, minute, second)
    return "%d, %d" % (hour, minute)


def _naive_or_aware_error(what, eq):
    if eq:
        return None
    raise TypeError("can't compare offset-naive and offset-aware %s" % what)



def _comparisons_by_key():
    """The rich comparisons and __hash__ of time and datetime: each asks
    self._compare(other, eq) for -1/0/1 (NotImplemented passes through),
    and hashes self._key(utcoffset) once."""
    def __eq__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key(self.utcoffset()))
        return self._hashcode

    return __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __hash__


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __tp_name__ = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _cal.check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse.iso_time(time_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % time_string)
        return cls(fields[0], fields[1], fields[2], fields[3], _zone(fields[4]))

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        text = "%s(%s" % (_name(self), _clock_repr_fields(self._hour, self._minute, self._second, self._microsecond))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(format, tt, self._microsecond, self.tzname(), self.utcoffset())

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self, offset):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
        return us if offset is None else us - offset._total()

    def _compare(self, other, eq):
        """-1, 0 or 1; None for a naive/aware ==; NotImplemented for another type."""
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(None), other._key(None))
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            return _naive_or_aware_error("times", eq)
        return _cmp(self._key(mine), other._key(theirs))

    # Comparisons and hash from _compare/_key, shared with the other class here.
    __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __hash__ = _comparisons_by_key()

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, rounded half to even."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert float infinity to integer")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= 1000000:
        whole, us = whole + 1, us - 1000000
    elif us < 0:
        whole, us = whole - 1, us + 1000000
    return whole, us


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __tp_name__ = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")
    _is_datetime = True

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _cal.check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _cal.check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_all(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make_all(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold):
        if cls is not datetime:
            return cls(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    @classmethod
    def _from_key(cls, us, tzinfo):
        """The datetime `us` microseconds after 0001-01-01 00:00 (ordinal 1 is day 1)."""
        days, us = divmod(us, _US_PER_DAY)
        if not 0 < days <= _cal.MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, _US_PER_SECOND)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        y, m, d = _cal.ordinal_to_ymd(days)
        return cls._make_all(y, m, d, hours, minutes, seconds, us, tzinfo, 0)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # ---- other constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is not None:
            utc = cls._from_key((_EPOCH_ORDINAL * 86400 + seconds) * _US_PER_SECOND + us, tz)
            return tz.fromutc(utc)
        tm = _time.localtime(seconds)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), us)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return cls._from_key((_EPOCH_ORDINAL * 86400 + seconds) * _US_PER_SECOND + us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        n = _parse.iso_date_length(date_string)
        ymd = _parse.iso_date(date_string[:n])
        clock = (0, 0, 0, 0, None)
        if ymd is not None and len(date_string) > n:
            clock = _parse.iso_time(date_string[n + 1:]) if len(date_string) > n + 1 else None
        if ymd is None or clock is None:
            raise ValueError("Invalid isoformat string: %r" % date_string)
        return cls(ymd[0], ymd[1], ymd[2], clock[0], clock[1], clock[2], clock[3], _zone(clock[4]))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields = _parse.strptime(date_string, format)
        return cls(*fields[:7], tzinfo=_zone(fields[7]))

    # ---- parts and conversions

    def date(self):
        """Return date object with same year, month and day."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        def pick(new, old):
            return old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _tzname(self._tzinfo, self)

    def _key(self, offset):
        seconds = (self.toordinal() * 24 + self._hour) * 3600 + self._minute * 60 + self._second
        us = seconds * _US_PER_SECOND + self._microsecond
        return us if offset is None else us - offset._total()

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        return (self._key(self.utcoffset()) - _EPOCH_ORDINAL * _US_PER_DAY) / 10 ** 6

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        yday = _cal.days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, flag))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        moment = self if offset is None else datetime._from_key(self._key(offset), None)
        yday = _cal.days_before_month(moment._year, moment._month) + moment._day
        return _time.struct_time((moment._year, moment._month, moment._day, moment._hour, moment._minute,
                                  moment._second, moment.weekday(), yday, 0))

    def _local_timezone(self):
        if self._tzinfo is None:
            stamp = _time.mktime(self.timetuple())
        else:
            stamp = self.timestamp()
        tm = _time.localtime(int(stamp // 1))
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        mine = self.utcoffset()
        if mine is None:
            mine = self._local_timezone().utcoffset(self)
        elif tz is self._tzinfo:
            return self
        utc = type(self)._from_key(self._key(mine), tz)
        return tz.fromutc(utc)

    # ---- text

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return "%04d-%02d-%02d%s%s%s" % (self._year, self._month, self._day, sep, clock,
                                         _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        clock = _clock_repr_fields(self._hour, self._minute, self._second, self._microsecond)
        text = "%s(%d, %d, %d, %s" % (_name(self), self._year, self._month, self._day, clock)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (_cal.DAY_ABBR[self.weekday()], _cal.MONTH_ABBR[self._month],
                                                   self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self.timetuple(), self._microsecond, self.tzname(), self.utcoffset())

    # ---- arithmetic and comparisons

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_key(self._key(None) + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_key(self._key(None) - other._total(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=self._key(None) - other._key(None))
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=self._key(mine) - other._key(theirs))

    def _compare(self, other, eq):
        """-1, 0 or 1; None for a naive/aware ==; NotImplemented for another type."""
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _cmp(self._key(None), other._key(None))
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                return _naive_or_aware_error("datetimes", eq)
            return _cmp(self._key(mine), other._key(theirs))
        if isinstance(other, _date_class):
            if eq:
                return None
            raise TypeError("can't compare %s to %s" % (_name(self), _name(other)))
        return NotImplemented

    # Comparisons and hash from _compare/_key, shared with the other class here.
    __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __hash__ = _comparisons_by_key()

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
