"""Producer/consumer with threading.Condition (docs style)."""
import threading
import collections

items = collections.deque()
cv = threading.Condition()
consumed = []


def an_item_is_available() -> bool:
    return len(items) > 0


def consumer(n: int) -> None:
    for _ in range(n):
        with cv:
            cv.wait_for(an_item_is_available)
            item = items.popleft()
        consumed.append(item)


def producer(n: int) -> None:
    for i in range(n):
        with cv:
            items.append(i * i)
            cv.notify()


c = threading.Thread(target=consumer, args=(10,))
p = threading.Thread(target=producer, args=(10,))
c.start()
p.start()
p.join()
c.join()
print('consumed:', consumed)
print('left over:', list(items))

cond = threading.Condition(threading.Lock())
with cond:
    print('notify with no waiters is fine')
    cond.notify_all()
    print('wait timeout ->', cond.wait(timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
