"""`time.struct_time`, the struct sequence `time.gmtime()` and
`time.localtime()` return: a 9-tuple whose items also have names, plus
`tm_zone` and `tm_gmtoff`, which are attributes only (as in CPython).

src/modules/time.rs imports this (as `_time_types`) when it first needs
the class. Written in Python because it needs a `__repr__` and
attributes, which Python classes get for free."""

# A class takes its __module__ from __name__ when it is made.
__name__ = "time"

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(values))
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(values))
        self = tuple.__new__(cls, values[:9])
        self._extra = values[9:] + (None,) * (11 - len(values))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(_FIELDS, self))
        return "time.struct_time(%s)" % fields

    def __reduce__(self):
        return struct_time, (tuple(self), {"tm_zone": self.tm_zone, "tm_gmtoff": self.tm_gmtoff})
