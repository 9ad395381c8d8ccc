"""Subclassing Thread and overriding run(), PyMOTW style."""
import threading
from typing import List


class MyThread(threading.Thread):

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        super().__init__(group=group, target=target, name=name,
                         daemon=daemon)
        self.args = args
        self.kwargs = kwargs or {}
        self.result: int = 0

    def run(self) -> None:
        self.result = sum(self.args)

    def __repr__(self) -> str:
        return f'<MyThread {self.name} result={self.result}>'


threads: List[MyThread] = []
for i in range(4):
    t = MyThread(args=(i, i * 2, i * 3), kwargs={'a': 'A', 'b': 'B'}, name=f'calc-{i}')
    threads.append(t)
    t.start()

for t in threads:
    t.join()
    print(t.name, t.result, t.is_alive(), t.kwargs)
print(threads[0])
print(sorted(t.result for t in threads))
