# 16 threads x 10,000 list appends, dict sets and lock-protected increments:
# the totals are exact with the GIL on and off.
import threading

N, T = 10000, 16
items = []
table = {}
lock = threading.Lock()
counter = 0

def work(k):
    global counter
    for i in range(N):
        items.append(i)
        table[(k, i)] = i
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(table), counter, sum(items) == T * (N * (N - 1) // 2))
