# time's civil-time functions on fixed timestamps and tuples: gmtime,
# localtime (the test machine runs on UTC), mktime, asctime, ctime,
# strftime and struct_time.
import time

for secs in [0, 1, 59, 86399, 86400, 951782400, 951868800, 1700000000, 1e10, 1.9, -0.5, -1, -86401,
             -2208988800, 253402300799, 2**40]:
    t = time.gmtime(secs)
    print(secs, t, t.tm_zone, t.tm_gmtoff)
    print(" ", time.asctime(t), "|", time.ctime(secs), "|", time.mktime(time.localtime(secs)))

t = time.gmtime(1234567890)
print(repr(t), len(t), t[0], t[-1], t[1:3], list(t), tuple(t) == t, t == tuple(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(type(t), type(t).__name__, isinstance(t, tuple), time.struct_time.n_fields, time.struct_time.n_sequence_fields)
year, month, *rest = t
print(year, month, rest)
lt = time.localtime(1234567890)
print(lt, lt.tm_zone, lt.tm_gmtoff, lt == t)

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
z = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "ZZ", 3600))
print(z.tm_zone, z.tm_gmtoff, time.strftime("%Z %z", z))
print(time.strftime("%Z %z", (2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.strftime("%Z %z", time.localtime(0)))
print(time.strftime("%Z %z", time.gmtime(0)))

fmt = "%Y %m %d %H %M %S %y %b %B %a %A %j %p %I %Z %z %% %e %C %w %u %U %W %D %T %F %R %h %k %l %P %G %V %g %c %x %X"
for secs in [0, 43200, 951782400, 1700000000, 1704067199, 1704067200, 1609459200, 1230768000, 1136073600]:
    print(time.strftime(fmt, time.gmtime(secs)))
print(repr(time.strftime("plain text")), repr(time.strftime("")), repr(time.strftime("%Q %E %5Y %-d %_m %03d end %")))
print(time.strftime("%Y-%m-%d", (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%a %j", (2000, 1, 1, 0, 0, 0, 7, 366, -5)))
print(time.strftime("%a", (2000, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%H:%M:%S", (1999, 12, 31, 23, 59, 61, 4, 365, 0)))
print(time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)), time.asctime((99999, 12, 31, 1, 2, 3, 6, 365, 0)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 14, 40, 25, 61, 61, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)), time.mktime(time.gmtime(1700000000)))
print(time.timezone, time.altzone, time.daylight, time.tzname)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -3, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, -1, 0, 0, 0, 0, 1, 0), (1, 2), 5,
            [2000, 1, 1, 0, 0, 0, 0, 1, 0], (2000.0, 1, 1, 0, 0, 0, 0, 1, 0)]:
    attempt(time.strftime, "%Y", bad)
    attempt(time.asctime, bad)
attempt(time.mktime, (1, 2))
attempt(time.mktime, 5)
attempt(time.strftime, 5)
attempt(time.gmtime, "x")
attempt(time.gmtime, float("nan"))
attempt(time.gmtime, float("inf"))
attempt(time.gmtime, 1e20)
attempt(time.localtime, 1e20)
attempt(time.ctime, "x")
attempt(time.struct_time, (1, 2))
attempt(time.struct_time, (1,) * 12)
