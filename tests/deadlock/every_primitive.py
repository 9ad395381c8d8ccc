# Each thread waits for a different primitive that nobody will ever signal;
# the main thread joins them all.
import queue
import threading

condition = threading.Condition()
semaphore = threading.Semaphore(0)
barrier = threading.Barrier(3)
full = queue.Queue(maxsize=1)
full.put('only item')
unfinished = queue.Queue()
unfinished.put('job')
rlock = threading.RLock()
rlock_taken = threading.Event()


def wait_condition():
    with condition:
        condition.wait()


def wait_semaphore():
    semaphore.acquire()


def wait_barrier():
    barrier.wait()


def put_into_full_queue():
    full.put('second item')


def join_queue():
    unfinished.join()


def take_rlock():
    rlock.acquire()
    rlock_taken.set()
    never = threading.Event()
    never.wait()


def want_rlock():
    rlock_taken.wait()
    with rlock:
        pass


waits = [
    ('condition', wait_condition),
    ('semaphore', wait_semaphore),
    ('barrier', wait_barrier),
    ('queue-put', put_into_full_queue),
    ('queue-join', join_queue),
    ('rlock-owner', take_rlock),
    ('rlock-waiter', want_rlock),
]
threads = [threading.Thread(target=f, name=name) for name, f in waits]
for t in threads:
    t.start()
for t in threads:
    t.join()
