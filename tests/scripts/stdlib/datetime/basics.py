# date, time, datetime, timedelta and timezone: constructors, reprs and strs,
# conversions, arithmetic, comparisons, hashing and __format__, as CPython 3.11.
import datetime
from datetime import date, time, datetime as DT, timedelta, timezone, tzinfo

print(DT(2024, 1, 2, 3, 4, 5))
print(repr(DT(2024, 1, 2, 3, 4, 5)), repr(timedelta(days=1, seconds=3600)), repr(timedelta()))
print(repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 5, 6)), repr(DT(2024, 1, 2, 3, 4, 5, fold=1)))
print(repr(date(2024, 1, 2)), repr(time(3, 4)), repr(time(3, 4, 5, 6, tzinfo=timezone.utc)), repr(time()))
print(str(time(3, 4)), str(time(3, 4, 5, 6)), time(1, 2, 3, 450000).isoformat("milliseconds"))
print(str(timedelta(days=-1, seconds=5)), str(timedelta(microseconds=500000)), str(timedelta(days=2)))
print(repr(timedelta(weeks=1, days=-1, hours=25, minutes=1.5, milliseconds=2)), timedelta(seconds=-1))
d = DT(2024, 2, 29, 12, 30)
print(d + timedelta(days=366), d - timedelta(hours=13), d - DT(2024, 1, 1), timedelta(1) + d)
print(d.isoformat(), d.isoformat(" ", "minutes"), d.isoformat(timespec="hours"), d.ctime(), date(2024, 1, 5).ctime())
print(d.strftime("%Y/%m/%d %H:%M:%S.%f %j %a %A %b %B %p %I %y %% %z|%Z|"))
print(DT(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST")).strftime("%z %Z"))
print(d.timetuple())
print(d.utctimetuple())
print(date(2024, 3, 1).timetuple())
print(d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.date(), d.time())
print(date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), date(2024, 12, 30).isocalendar())
print(d.isocalendar().week, tuple(d.isocalendar()), date.fromisocalendar(2020, 53, 5))
print(d.replace(year=2025, day=28), d.replace(hour=1, tzinfo=timezone.utc), d.timestamp())
print(DT.fromtimestamp(0), DT.utcfromtimestamp(1700000000.5), DT.fromtimestamp(0, timezone.utc))
print(DT.fromtimestamp(-1.25, timezone.utc), date.fromtimestamp(86400 * 365), DT.utcfromtimestamp(0.0000005))
print(DT.fromisoformat("2024-01-02T03:04:05+05:30"), date.fromordinal(738000), DT.combine(date(2024, 1, 1), time(5)))
print(DT.fromordinal(1), date.fromordinal(3652059), date(2000, 1, 1).toordinal())
print(DT.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"))
u = DT(2024, 1, 1, tzinfo=timezone.utc)
print(u.astimezone(timezone(timedelta(hours=-5))), repr(u.astimezone(timezone(timedelta(hours=-5)))))
print(repr(DT(2024, 1, 2, 3, 4, 5).astimezone()), u.astimezone(timezone.utc) is u)
print(u.timestamp(), u.utcoffset(), u.dst(), u.tzname(), d.utcoffset(), d.tzname(), u.timetz(), repr(u.timetz()))
print(f"{d:%d.%m.%Y}", format(d), "{:%H}".format(time(7)), f"{date(2024, 5, 6)}", f"{date(2024, 5, 6):%A}")
print(hash(d) == hash(DT(2024, 2, 29, 12, 30)), d == DT(2024, 2, 29, 12, 30), {d: 1}[DT(2024, 2, 29, 12, 30)])
east = DT(2023, 12, 31, 19, tzinfo=timezone(timedelta(hours=-5)))
print(u == east, hash(u) == hash(east), u - east, u < east + timedelta(microseconds=1))
print(time(12, tzinfo=timezone.utc) == time(7, tzinfo=timezone(timedelta(hours=-5))))
print(timedelta(hours=1.5).total_seconds(), timedelta(1) / timedelta(hours=1), timedelta(1) // 7,
      timedelta(1) * 0.1, divmod(timedelta(1), timedelta(hours=5)), timedelta(1) % timedelta(hours=5))
print(timedelta(1) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, 2 * timedelta(2), timedelta(1) // timedelta(hours=7))
print(timedelta(seconds=1) * 2.5, timedelta(seconds=1) / 0.5, bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(days=1).days, timedelta(hours=-1).days, timedelta(hours=-1).seconds, timedelta(1.5).microseconds)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(1) == timedelta(hours=24), {timedelta(1): "a"}[timedelta(hours=24)])
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]), max(time(1), time(0, 59)))
print(date(2024, 1, 1) < date(2024, 1, 2), timedelta(1) > timedelta(0), -timedelta(1), abs(-timedelta(1)), +timedelta(1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 3, 1) - timedelta(days=1, hours=23), date(2024, 1, 31) + timedelta(1))
print(datetime.MINYEAR, datetime.MAXYEAR, date.max, date.min, DT.min, DT.max, time.max, date.resolution)
print(timedelta.max, timedelta.min, repr(timedelta.resolution), timezone.min, timezone.max, repr(timezone.max))
print(repr(timezone.utc), str(timezone.utc), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "Z")))
print(repr(timezone(timedelta(hours=5, minutes=30), "IST")), str(timezone(timedelta(hours=-5))), str(timezone(timedelta(hours=-5, seconds=3))))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), datetime.UTC is timezone.utc)
print(type(d).__name__, type(d).__module__, DT.__mro__, issubclass(timezone, tzinfo))
print(date.today() <= date.today(), isinstance(DT.now(), date), DT.now(timezone.utc).tzinfo, DT.utcnow().tzinfo)
print(abs(DT.now() - DT.fromtimestamp(__import__("time").time())) < timedelta(seconds=5))


class Plus2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "P2"


p = DT(2024, 6, 1, 12, tzinfo=Plus2())
print(p.utcoffset(), p.tzname(), p.isoformat(), p.astimezone(timezone.utc), p.timetuple().tm_isdst)
print(u.astimezone(Plus2()).hour, str(p)[-6:])


class MyDate(date):
    pass


m = MyDate(2024, 1, 1)
print(repr(m), repr(m + timedelta(1)), type(m.replace(day=2)).__name__, MyDate.today().__class__.__name__)
print(repr(DT(2024, 1, 1).date()), repr(DT(2024, 1, 1, 1, 2, 3, 4, tzinfo=timezone.utc).time()))
import copy
print(copy.copy(d) == d, copy.deepcopy(u) == u, copy.copy(timedelta(3)))
