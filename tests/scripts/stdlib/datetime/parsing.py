# fromisoformat (date, time, datetime; the ISO forms 3.11 reads) and strptime with
# the C-locale directives, with the ValueErrors CPython gives for bad input.
import datetime as D
for s in ["2024-01-02", "20240102", "2024-W01-2", "2024W012", "2024-W01", "2024-01-02T03", "2024-01-02T0304", "2024-01-02T03:04:05.1", "2024-01-02T03:04:05.1234567", "2024-01-02 03:04:05,123", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05+05", "2024-01-02T03:04:05+0530", "2024-01-02T03:04:05-05:30:15.5", "2024-01-02T03:04:05+00:00", "2024-01-02T24:00:00", "2024-01-02T03:04:05.", "2024-01-02T", "2024-01-02x03:04", "20240102T030405", "2024-01-02T03:04:5", " 2024-01-02","2024-01-02T03:04:05 +01:00"]:
    try: print(s, repr(D.datetime.fromisoformat(s)))
    except Exception as e: print(s, type(e).__name__, e)
for s in ["03:04", "03", "030405", "03:04:05.123456+01:00", "T03:04", "03:04:05Z", "3:04"]:
    try: print(s, repr(D.time.fromisoformat(s)))
    except Exception as e: print(s, type(e).__name__, e)
for s in ["2024-01-02T00:00", "2024-1-02"]:
    try: print(s, repr(D.date.fromisoformat(s)))
    except Exception as e: print(s, type(e).__name__, e)
for a,f in [("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("2 Jan 2024", "%d %b %Y"), ("Tuesday, January 02, 2024 3PM", "%A, %B %d, %Y %I%p"), ("24-1-2", "%y-%m-%d"), ("12:30:45.123", "%H:%M:%S.%f"), ("2024-01-02T03:04:05+0100", "%Y-%m-%dT%H:%M:%S%z"), ("2024-01-02 UTC", "%Y-%m-%d %Z"), ("100", "%j"), ("2024  1", "%Y %m"), ("32", "%d"), ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("x", "%Q"), ("+01:30", "%z"), ("Z","%z"), ("1/2/24 03:04:05", "%x %X"), ("Tue Jan  2 03:04:05 2024", "%c")]:
    try: print(a, repr(D.datetime.strptime(a, f)))
    except Exception as e: print(a, type(e).__name__, e)
