def risky(n):
    if n == 0:
        return 1 / n
    if n == 1:
        return [][n]
    if n == 2:
        return {}[n]
    if n == 3:
        return int('bad')
    if n == 4:
        raise NotImplementedError('todo')
    return 'ok'
for i in range(6):
    try:
        print(risky(i))
    except (ZeroDivisionError, IndexError) as e:
        print(i, 'arith-or-index', type(e).__name__)
    except LookupError as e:
        print(i, 'lookup', type(e).__name__)
    except RuntimeError as e:
        print(i, 'runtime', type(e).__name__, e)
    except Exception as e:
        print(i, 'generic', type(e).__name__)
handlers = (TypeError, ValueError)
try:
    int('z')
except handlers as e:
    print('dynamic tuple caught', type(e).__name__)
def interrupt():
    raise KeyboardInterrupt
def catch_all(f):
    try:
        f()
    except BaseException as e:
        return type(e).__name__
print(catch_all(lambda: exit_like()), catch_all(interrupt))
import sys
print(catch_all(lambda: sys.exit(0)))
