"""submit with keyword args, initializer, thread_name_prefix, results in submission order."""
from concurrent.futures import ThreadPoolExecutor
import threading

init_calls = []
lock = threading.Lock()


def init(tag: str) -> None:
    with lock:
        init_calls.append(tag)


def greet(name: str, *, greeting: str = 'Hello', punct: str = '!') -> str:
    prefix_ok = threading.current_thread().name.startswith('greeter')
    return f'{greeting}, {name}{punct} ({prefix_ok})'


names = ['Ada', 'Grace', 'Linus', 'Guido']
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='greeter',
                        initializer=init, initargs=('ready',)) as ex:
    futs = [ex.submit(greet, n, greeting='Hi') for n in names]
    futs.append(ex.submit(greet, 'World', punct='?'))
    for f in futs:
        print(f.result())
print('initializer ran', len(init_calls) >= 1, set(init_calls))
