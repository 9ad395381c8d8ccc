# Three "downloads" that each wait 0.3 s: one after another they take 0.9 s,
# in threads they overlap, because a sleeping thread lets go of the GIL.
import threading
import time


def download(name, results):
    time.sleep(0.3)
    results.append(name)


start = time.perf_counter()
results = []
for name in ["a.txt", "b.txt", "c.txt"]:
    download(name, results)
sequential = time.perf_counter() - start

start = time.perf_counter()
results = []
threads = [threading.Thread(target=download, args=(n, results)) for n in ["a.txt", "b.txt", "c.txt"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print("downloaded:", sorted(results))
print("sequential took at least 0.9 s:", sequential >= 0.9)
print("threads overlapped (under 0.6 s):", threaded < 0.6)
