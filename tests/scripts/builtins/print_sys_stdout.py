# print() without file= writes to sys.stdout as it is at the call: a
# replacement object with a write method receives the text; None drops it.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


original = sys.stdout
cap = Capture()
sys.stdout = cap
print("one", 2, sep="-")
print("flushed", flush=True)
sys.stdout = None
print("dropped")
sys.stdout = original
print(cap.parts)
print("back", file=None)
