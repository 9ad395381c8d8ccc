# print() looks up sys.stdout at each call, and print(file=obj) calls
# obj.write once per piece (each argument, each separator, the end).
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


rec = Recorder()
print("to", "file", 3, sep="-", end="!\n", file=rec)
print(rec.calls)

rec = Recorder()
saved = sys.stdout
sys.stdout = rec
print("captured", 1, 2.5)
print()
print("flushed", flush=True)
sys.stdout = saved
print("restored")
print(rec.calls)

sys.stdout = None
print("nowhere")
sys.stdout = saved
print("back again")

print("explicit __stdout__", file=sys.__stdout__)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)


class Boom:
    def __str__(self):
        raise ValueError("no str")


rec = Recorder()
try:
    print("first", Boom(), file=rec)
except ValueError as e:
    print("ValueError:", e, rec.calls)
