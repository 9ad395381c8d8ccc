# sorted-output
"""Classic 'start five worker threads' tutorial example."""
import threading
import time

print_lock = threading.Lock()


def worker(num: int) -> None:
    """thread worker function"""
    with print_lock:
        print(f'Worker: {num}')
    time.sleep(0.01)
    with print_lock:
        print('Worker %d done' % num)


if __name__ == '__main__':
    threads = []
    for i in range(5):
        t = threading.Thread(target=worker, args=(i,))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print('All workers finished')
