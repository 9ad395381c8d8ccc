"""The proleptic Gregorian calendar arithmetic behind `datetime`: ordinals
(day 1 is 0001-01-01), ISO weeks, field checks with CPython's messages, and
the round-half-even integer division that timedelta arithmetic needs.

Kept apart from lib/datetime.py so that file holds the classes only; the
functions here take and return plain ints."""

MINYEAR = 1
MAXYEAR = 9999
MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_PER_400_YEARS = 146097
_DAYS_PER_100_YEARS = 36524
_DAYS_PER_4_YEARS = 1461

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def days_before_year(year):
    """Days in the years before `year` (year 1 has none before it)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and is_leap(year) else 0)


def ymd_to_ordinal(year, month, day):
    return days_before_year(year) + days_before_month(year, month) + day


def ordinal_to_ymd(ordinal):
    """(year, month, day) of a day number; 1 is 0001-01-01."""
    n = ordinal - 1
    cycles400, n = divmod(n, _DAYS_PER_400_YEARS)
    cycles100, n = divmod(n, _DAYS_PER_100_YEARS)
    cycles4, n = divmod(n, _DAYS_PER_4_YEARS)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    # The last day of a leap cycle divides evenly into one cycle too many.
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - days_before_month(year, month) + 1


def index(value):
    """An int argument, refused as CPython refuses a float or a str."""
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def check_date_fields(year, month, day):
    year, month, day = index(year), index(month), index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = index(hour), index(minute), index(second), index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def iso_week1_monday(year):
    """Ordinal of the Monday of ISO week 1: the week holding the year's first Thursday."""
    first = ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def iso_calendar(ordinal, year):
    """(ISO year, week, weekday) of a day in calendar year `year`."""
    monday = iso_week1_monday(year)
    week, day = divmod(ordinal - monday, 7)
    if week < 0:
        year -= 1
        week, day = divmod(ordinal - iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


def iso_to_ordinal(year, week, day):
    """The ordinal of ISO year/week/weekday, with fromisocalendar's checks."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists when the year starts on a Thursday (or a leap Wednesday).
        first_weekday = (ymd_to_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (first_weekday == 3 or (first_weekday == 2 and is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return iso_week1_monday(year) + (week - 1) * 7 + day - 1


def divide_and_round(a, b):
    """a / b rounded to the nearest int, ties to even, exactly."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    if r * 2 > b or (r * 2 == b and q % 2 == 1):
        q += 1
    return q
