# A lock's timeout and time.sleep read seconds as CPython 3.11 does: a
# float or an integer (also through __index__); a string is a TypeError,
# NaN a ValueError.
import threading
import time


class HasIndex:
    def __index__(self):
        return 0


lock = threading.Lock()
lock.acquire()
for value in ["x", None, float("nan"), -2, 0, 0.01, HasIndex()]:
    shown = "HasIndex()" if isinstance(value, HasIndex) else repr(value)
    try:
        print("acquire timeout", shown, "->", lock.acquire(True, value))
    except (TypeError, ValueError) as e:
        print("acquire timeout", shown, "->", type(e).__name__ + ":", e)
    try:
        time.sleep(value)
        print("sleep", shown, "-> slept")
    except (TypeError, ValueError) as e:
        print("sleep", shown, "->", type(e).__name__ + ":", e)
lock.release()
