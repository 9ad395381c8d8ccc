"""Event synchronisation: one thread waits until another sets the flag."""
import threading

ready = threading.Event()
done = threading.Event()
log = []


def wait_for_event(e: threading.Event) -> None:
    """Wait for the event to be set before doing anything"""
    log.append('wait_for_event starting')
    event_is_set = e.wait()
    log.append(f'event set: {event_is_set}')
    done.set()


def wait_for_event_timeout(e: threading.Event, t: float) -> None:
    """Wait t seconds and then timeout"""
    is_set = e.wait(t)
    log.append('timeout event set: %s' % is_set)


t1 = threading.Thread(name='block', target=wait_for_event, args=(ready,))
t1.start()
t2 = threading.Thread(name='nonblock', target=wait_for_event_timeout, args=(threading.Event(), 0.05))
t2.start()
t2.join()
print('before set:', ready.is_set())
ready.set()
done.wait()
t1.join()
print('after set:', ready.is_set())
for line in sorted(log):
    print(line)
ready.clear()
print('cleared:', ready.is_set(), ready.wait(0.01))
