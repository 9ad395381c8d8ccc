"""FIFO vs LIFO vs SimpleQueue, and the Full/Empty exceptions."""
import queue

fifo = queue.Queue()
lifo = queue.LifoQueue()
for i in range(5):
    fifo.put(i)
    lifo.put(i)
print('FIFO:', end=' ')
while not fifo.empty():
    print(fifo.get(), end=' ')
print()
print('LIFO:', end=' ')
while not lifo.empty():
    print(lifo.get(), end=' ')
print()

bounded = queue.Queue(maxsize=2)
bounded.put('a')
bounded.put_nowait('b')
print('full?', bounded.full(), bounded.qsize(), bounded.maxsize)
try:
    bounded.put('c', block=False)
except queue.Full:
    print('queue.Full raised')
try:
    bounded.put('c', timeout=0.01)
except queue.Full as e:
    print('queue.Full with timeout', repr(e))
print(bounded.get(), bounded.get())
try:
    bounded.get_nowait()
except queue.Empty:
    print('queue.Empty raised')

sq = queue.SimpleQueue()
sq.put('x'); sq.put('y')
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue empty')
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
