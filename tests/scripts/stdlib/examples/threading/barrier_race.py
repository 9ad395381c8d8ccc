# sorted-output
"""threading.Barrier: all runners start together."""
import threading
import random

NUM = 4
results = {}
print_lock = threading.Lock()


def on_all_ready() -> None:
    with print_lock:
        print('--- all runners at the line ---')


barrier = threading.Barrier(NUM, action=on_all_ready, timeout=5)


def runner(idx: int) -> None:
    random.seed(idx)
    name = threading.current_thread().name
    with print_lock:
        print(f'{name} waiting at barrier')
    pos = barrier.wait()
    results[idx] = pos
    with print_lock:
        print(f'{name} after barrier')


threads = [threading.Thread(target=runner, args=(i,), name=f'Runner-{i}') for i in range(NUM)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('positions:', sorted(results.values()))
print('parties', barrier.parties, 'waiting', barrier.n_waiting, 'broken', barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError raised after abort')
