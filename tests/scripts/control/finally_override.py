
import sys
def f():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner fin", i)
        finally:
            if i < 2:
                continue
    return "end"
print(f())
def g():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            finally:
                return i
        finally:
            break
    return "broke", sys.exc_info()
print(g())
def h():
    while True:
        try:
            1/0
        except ZeroDivisionError:
            try:
                return 1
            finally:
                break
    return sys.exc_info()
print(h())
