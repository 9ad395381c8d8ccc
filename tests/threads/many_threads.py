# 1,000 threads started and joined, each doing one locked increment.
import threading

lock = threading.Lock()
count = 0

def bump():
    global count
    with lock:
        count += 1

threads = [threading.Thread(target=bump) for _ in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count, threading.active_count())
