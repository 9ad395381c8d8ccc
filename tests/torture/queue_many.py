# 16 producers and 16 consumers on one bounded queue.Queue: every item
# must be received exactly once (count, distinct count and sum), and
# task_done/join must account for all of them. The bound makes producers
# block on put and consumers on get, over and over; half of each use short
# timeouts and retry on Full or Empty, so waiters also give up and leave
# while others wake them. Each producer puts from a chain of short-lived
# threads, so 800 threads start and end meanwhile; every thread must stay
# itself to the threading module (current_thread()), whose registry they
# all update. A producer notes each item in a shared dict before putting
# it, and its consumer takes the note out: all 32 threads insert and delete
# there at once, and the dict must end empty.
import threading
import queue

P = 16
C = 16
N = 2500
BATCH = 50

q = queue.Queue(maxsize=32)
barrier = threading.Barrier(P + C)
received = [None] * C
finished = [False] * (P + C)
batches_done = [0] * P
in_flight = {}


def producer(p):
    # Each producer puts its items from a chain of short-lived threads, so
    # threads keep starting and ending while the queue is busy.
    barrier.wait()
    me = threading.current_thread()
    assert me.name == "producer-%d" % p, me.name
    for b in range(0, N, BATCH):
        th = threading.Thread(target=produce, args=(p, b), name="batch-%d-%d" % (p, b))
        th.start()
        th.join()
        assert batches_done[p] == b + BATCH, (p, b)
    assert threading.current_thread() is me


def produce(p, b):
    me = threading.current_thread()
    assert me.name == "batch-%d-%d" % (p, b), me.name
    for i in range(b, b + BATCH):
        in_flight[p * N + i] = p
        if p % 2:
            while True:
                try:
                    q.put(p * N + i, timeout=0.001)
                    break
                except queue.Full:
                    pass
        else:
            q.put(p * N + i)
    assert threading.current_thread() is me
    batches_done[p] = b + BATCH


def consumer(c):
    mine = []
    barrier.wait()
    me = threading.current_thread()
    assert me.name == "consumer-%d" % c, me.name
    while True:
        if c % 2:
            try:
                item = q.get(timeout=0.001)
            except queue.Empty:
                continue
        else:
            item = q.get()
        if item is None:
            q.task_done()
            break
        mine.append(item)
        assert in_flight.pop(item) == item // N, item
        q.task_done()
    received[c] = mine
    assert threading.current_thread() is me


def guarded(role, n, slot):
    # A failing thread breaks the barrier, so the others stop too instead
    # of waiting for it for ever.
    try:
        role(n)
        finished[slot] = True
    except BaseException:
        barrier.abort()
        raise


producers = [threading.Thread(target=guarded, args=(producer, p, p), name="producer-%d" % p) for p in range(P)]
consumers = [threading.Thread(target=guarded, args=(consumer, c, P + c), name="consumer-%d" % c) for c in range(C)]
for th in producers + consumers:
    th.start()
for th in producers:
    th.join()
for c in range(C):
    q.put(None)
q.join()
for th in consumers:
    th.join()

items = [x for mine in received if mine is not None for x in mine]
print("threads finished:", sum(finished))
print("received:", len(items), "distinct:", len(set(items)), "sum:", sum(items))
print("expected:", P * N, P * N, P * N * (P * N - 1) // 2)
print("queue empty:", q.empty(), q.qsize())
print("batches:", batches_done == [N] * P)
print("notes left:", len(in_flight))
print("threads left:", threading.active_count(), [t.name for t in threading.enumerate()])
