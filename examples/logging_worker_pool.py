# Worker threads take jobs off a queue.Queue and log what they do with the
# classic '(%(threadName)-10s) %(message)s' format. Each worker keeps its
# lines, so they are printed worker by worker at the end: the order in
# which threads run is not fixed, but what each one did is.
import logging
import queue
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="(%(threadName)-10s) %(message)s", stream=sys.stdout)


class KeepPerThread(logging.Handler):
    """Collects each thread's formatted lines, to print them in a fixed order."""

    def __init__(self):
        super().__init__()
        self.lines = {}

    def emit(self, record):
        self.lines.setdefault(record.threadName, []).append(self.format(record))


keep = KeepPerThread()
keep.setFormatter(logging.Formatter("(%(threadName)-10s) %(message)s"))
log = logging.getLogger("pool")
log.propagate = False
log.addHandler(keep)

jobs = queue.Queue()
results = {}
results_lock = threading.Lock()


def worker():
    log.debug("Starting")
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        value = sum(i * i for i in range(job))
        with results_lock:
            results[job] = value
        jobs.task_done()
    log.debug("Exiting")


logging.info("three workers, twelve jobs")
workers = [threading.Thread(name="worker-%d" % n, target=worker) for n in range(3)]
for w in workers:
    w.start()
for job in range(1, 13):
    jobs.put(job * 1000)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()

for name in sorted(keep.lines):
    for line in keep.lines[name]:
        print(line)
logging.info("results: %d jobs, total %d", len(results), sum(results.values()))
logging.debug("the main thread logs as %s", threading.current_thread().name)
