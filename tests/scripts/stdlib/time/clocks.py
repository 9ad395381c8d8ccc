# The clocks of time: types and monotonicity (no values: they change).
import time

a = time.monotonic_ns()
b = time.monotonic_ns()
print(type(a).__name__, b >= a)
a = time.perf_counter_ns()
b = time.perf_counter_ns()
print(type(a).__name__, b >= a)
print(type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - time.time()) < 5)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(type(time.thread_time()).__name__, time.thread_time() >= 0, type(time.thread_time_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
now = time.localtime()
print(type(now).__name__, 2020 < now.tm_year < 3000, now.tm_zone)
print(time.gmtime()[:3] == time.gmtime(time.time())[:3] or "midnight")
print(len(time.ctime()), len(time.asctime()), len(time.strftime("%Y")))
print(time.mktime(time.localtime(1000)))
