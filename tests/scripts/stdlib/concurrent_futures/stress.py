# Many threads submit to one pool at once, callbacks count completions,
# as_completed and wait run while futures finish (GIL on and off).
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

count_lock = threading.Lock()
callbacks = [0]


def counted(fut):
    with count_lock:
        callbacks[0] += 1


def work(x):
    s = 0
    for i in range(x % 50):
        s += i
    return s


with ThreadPoolExecutor(max_workers=6) as pool:
    per_thread = {}

    def submitter(t):
        fs = []
        for i in range(300):
            f = pool.submit(work, t * 1000 + i)
            f.add_done_callback(counted)
            fs.append(f)
        per_thread[t] = sum(f.result() for f in as_completed(fs))

    threads = [threading.Thread(target=submitter, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(per_thread.items()))
    print(sum(per_thread.values()) == sum(work(t * 1000 + i) for t in range(4) for i in range(300)))

    fs = [pool.submit(work, i) for i in range(200)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    print(list(pool.map(work, range(45, 55))))
print(callbacks[0])
print(len(pool._threads) <= 6)
