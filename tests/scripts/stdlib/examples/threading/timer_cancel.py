"""threading.Timer: one fires, one is cancelled."""
import threading

fired = []


def delayed(msg: str) -> None:
    fired.append(msg)
    print('timer fired:', msg, flush=True)


t1 = threading.Timer(0.05, delayed, args=('first',))
t1.name = 't1'
t2 = threading.Timer(0.3, delayed, kwargs={'msg': 'second'})
t2.name = 't2'
print('starting timers')
t1.start()
t2.start()
print('cancelling t2')
t2.cancel()
t1.join()
t2.join()
print('fired:', fired)
print(t1.is_alive(), t2.is_alive(), isinstance(t1, threading.Thread))
