# A deque shared by threads with the GIL on and off: producers append,
# consumers popleft; every item is consumed exactly once.
import threading
from collections import deque

q = deque()
N = 2000
P = 3
done = threading.Event()
got = [[] for _ in range(P)]


def producer(k):
    for i in range(N):
        q.append((k, i))


def consumer(k):
    while True:
        try:
            got[k].append(q.popleft())
        except IndexError:
            if done.is_set() and not q:
                return


producers = [threading.Thread(target=producer, args=(k,)) for k in range(P)]
consumers = [threading.Thread(target=consumer, args=(k,)) for k in range(P)]
for th in consumers + producers:
    th.start()
for th in producers:
    th.join()
done.set()
for th in consumers:
    th.join()
items = [x for g in got for x in g]
print(len(items), len(set(items)), sorted(items) == sorted((k, i) for k in range(P) for i in range(N)))
for k in range(P):
    mine = [i for (kk, i) in items if kk == k]
    print("producer", k, "order kept by popleft:", sorted(mine) == list(range(N)))
