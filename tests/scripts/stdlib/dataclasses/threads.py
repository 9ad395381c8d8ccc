# dataclasses: reprs, equality and hashing of shared instances from several threads
# (the recursion guard of __repr__ is per thread)
import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Key:
    a: int
    b: str


@dataclass
class Tree:
    label: str
    children: list = field(default_factory=list)


root = Tree('root', [Tree('c%d' % i, [Tree('leaf')]) for i in range(5)])
root.children.append(root)
expected = repr(root)
results = []
lock = threading.Lock()
start = threading.Barrier(4)


def worker(n):
    start.wait()
    ok = True
    table = {}
    for i in range(200):
        ok = ok and repr(root) == expected
        table[Key(i % 10, str(n))] = i
    with lock:
        results.append((n, ok, len(table), Key(1, 'x') == Key(1, 'x')))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(expected)
