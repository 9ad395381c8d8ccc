# print() into a StringIO: with file=, and by replacing sys.stdout.
import io
import sys

s = io.StringIO()
print("a", 1, [2], file=s)
print("b", "c", sep="-", end="!\n", file=s)
print(file=s)
print(repr(s.getvalue()))

old = sys.stdout
sys.stdout = capture = io.StringIO()
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = old
print(repr(capture.getvalue()))
