"""Worker threads as Thread subclasses pulling from a shared queue (a blog favourite)."""
import queue
import threading
from typing import Dict, Tuple

POISON_PILL = None


class Downloader(threading.Thread):
    """Pretends to download: 'downloads' are string manipulations."""

    def __init__(self, tasks: queue.Queue, results: Dict[str, Tuple[int, str]], lock: threading.Lock) -> None:
        super().__init__()
        self.tasks = tasks
        self.results = results
        self.lock = lock
        self.handled = 0

    def run(self) -> None:
        while True:
            url = self.tasks.get()
            try:
                if url is POISON_PILL:
                    break
                body = url.split('//')[-1].replace('.', '-')
                with self.lock:
                    self.results[url] = (len(body), body.upper())
                self.handled += 1
            finally:
                self.tasks.task_done()


tasks: queue.Queue = queue.Queue()
results: Dict[str, Tuple[int, str]] = {}
lock = threading.Lock()
workers = [Downloader(tasks, results, lock) for _ in range(3)]
for w in workers:
    w.daemon = True
    w.start()
urls = [f'https://example{i}.com' for i in range(12)]
for u in urls:
    tasks.put(u)
for _ in workers:
    tasks.put(POISON_PILL)
tasks.join()
for w in workers:
    w.join()
for url in sorted(results, key=lambda u: int(u[15:-4])):
    size, body = results[url]
    print('%-24s %3d %s' % (url, size, body))
print('handled in total:', sum(w.handled for w in workers))
