# Constructor range errors, TypeErrors of arithmetic and comparisons, and the
# messages CPython's datetime gives for bad arguments.
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: D.date(2024.0, 1, 1))
t(lambda: D.date("2024", 1, 1))
t(lambda: D.date(0, 1, 1))
t(lambda: D.date(10000, 1, 1))
t(lambda: D.date(2024, 0, 1))
t(lambda: D.date(2023, 2, 29))
t(lambda: D.date(2024, 2, 29))
t(lambda: D.time(24))
t(lambda: D.time(1, 60))
t(lambda: D.time(1, 2, 60))
t(lambda: D.time(1, 2, 3, 1000000))
t(lambda: D.time(1, 2, 3, 4, 5))
t(lambda: D.time(fold=2))
t(lambda: D.datetime(2024, 1, 1, 25))
t(lambda: D.timedelta("1"))
t(lambda: D.timedelta(hours=[]))
t(lambda: D.timedelta(days=-1e9))
t(lambda: D.timedelta(days=1e9))
t(lambda: D.timedelta(seconds=1.5, microseconds=0.5))
t(lambda: D.timedelta(days=1.1, hours=-0.3, microseconds=1.5))
t(lambda: D.timedelta(microseconds=-1))
t(lambda: D.date(2024, 1, 1) < 1)
t(lambda: 1 < D.date(2024, 1, 1))
t(lambda: D.date(2024, 1, 1) == 1)
t(lambda: D.date(2024, 1, 1) != 1)
t(lambda: D.date(2024, 1, 1) + 1)
t(lambda: 1 + D.date(2024, 1, 1))
t(lambda: D.date(2024, 1, 1) - D.datetime(2024, 1, 1))
t(lambda: D.datetime(2024, 1, 1) - D.date(2024, 1, 1))
t(lambda: D.date(2024, 1, 1) < D.datetime(2024, 1, 1))
t(lambda: D.datetime(2024, 1, 1) >= D.date(2024, 1, 1))
t(lambda: D.date(2024, 1, 1) == D.datetime(2024, 1, 1))
t(lambda: D.datetime(2024, 1, 1) < D.datetime(2024, 1, 1, tzinfo=D.timezone.utc))
t(lambda: D.datetime(2024, 1, 1) == D.datetime(2024, 1, 1, tzinfo=D.timezone.utc))
t(lambda: D.datetime(2024, 1, 1) - D.datetime(2024, 1, 1, tzinfo=D.timezone.utc))
t(lambda: D.time(1) < D.time(1, tzinfo=D.timezone.utc))
t(lambda: D.time(1) == D.time(1, tzinfo=D.timezone.utc))
t(lambda: D.time(1) + D.timedelta(1))
t(lambda: D.timezone(D.timedelta(hours=24)))
t(lambda: D.timezone(5))
t(lambda: D.timezone(D.timedelta(0), 5))
t(lambda: D.timedelta(1) / 0)
t(lambda: D.timedelta(1) // 0)
t(lambda: D.timedelta(1) / D.timedelta(0))
t(lambda: D.timedelta(1) % D.timedelta(0))
t(lambda: D.timedelta(1) * "a")
t(lambda: D.timedelta(1) * D.timedelta(1))
t(lambda: D.timedelta(1) + 1)
t(lambda: D.timedelta(1) < 1)
t(lambda: D.timedelta(1) == 1)
t(lambda: D.date.max + D.timedelta(1))
t(lambda: D.date.min - D.timedelta(1))
t(lambda: D.datetime.max + D.timedelta(1))
t(lambda: D.date.fromordinal(0))
t(lambda: D.date.fromisoformat(5))
t(lambda: D.date(2024, 1, 1).replace(month=13))
t(lambda: D.datetime(2024, 1, 1).astimezone(5))
t(lambda: D.datetime.combine(1, D.time()))
t(lambda: D.datetime.combine(D.date(2024, 1, 1), 1))
t(lambda: D.date(2024, 1, 1).strftime(5))
t(lambda: D.datetime(2024, 1, 1).isoformat(timespec="days"))
t(lambda: D.tzinfo().utcoffset(None))
t(lambda: D.tzinfo().tzname(None))
t(lambda: D.timezone.utc.utcoffset(5))
t(lambda: D.date(2024, 1, 1).__format__(1))
t(lambda: D.datetime.fromtimestamp(float("nan")))
t(lambda: D.datetime.strptime(5, "%Y"))
t(lambda: D.date.fromisocalendar(2024, 54, 1))
t(lambda: D.date.fromisocalendar(2024, 1, 8))


class BadOffset(D.tzinfo):
    def utcoffset(self, dt):
        return 5


t(lambda: D.datetime(2024, 1, 1, tzinfo=BadOffset()).utcoffset())
d = D.date(2024, 1, 1)
try:
    d.year = 5
except AttributeError:
    print("read-only year")
try:
    d.extra = 1
except AttributeError:
    print("no new attributes")
