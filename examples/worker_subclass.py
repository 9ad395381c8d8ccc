# A Thread subclass overrides run(); results come back through attributes,
# read after join().
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


chunks = [range(0, 1000), range(1000, 2000), range(2000, 3000)]
workers = [Summer(c) for c in chunks]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers], sum(w.total for w in workers) == sum(range(3000)))
print(all(not w.is_alive() for w in workers))
