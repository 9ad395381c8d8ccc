# Traceback objects: sys.exc_info()[2] and __traceback__, walked with tb_next
# from the frame that caught the exception to the one that raised it.
import sys
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, e.__traceback__ is not None, type(sys.exc_info()[2]).__name__)
print(ValueError("fresh").__traceback__)
try:
    raise KeyError(1)
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
