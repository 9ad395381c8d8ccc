"""Polling loop with get(timeout=...) and a stop Event."""
import queue
import threading

q = queue.Queue()
stop = threading.Event()
seen = []


def poller() -> None:
    while not stop.is_set() or not q.empty():
        try:
            item = q.get(timeout=0.02)
        except queue.Empty:
            continue
        seen.append(item)
        q.task_done()


t = threading.Thread(target=poller)
t.start()
for word in 'the quick brown fox'.split():
    q.put(word)
q.join()
stop.set()
t.join()
print(' '.join(seen))
print('%d items, %s' % (len(seen), 'ok' if seen == ['the', 'quick', 'brown', 'fox'] else 'bad'))
