"""wait(FIRST_COMPLETED) with events to make the order deterministic."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, TimeoutError as FTimeout

release = {name: threading.Event() for name in 'abc'}


def task(name: str) -> str:
    release[name].wait(5)
    return name.upper()


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(task, n): n for n in 'abc'}
    release['b'].set()
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print('first done:', [f.result() for f in done], 'pending:', len(pending))
    try:
        next(iter(pending)).result(timeout=0.01)
    except FTimeout:
        print('TimeoutError while pending')
    release['a'].set(); release['c'].set()
    done, pending = wait(fs)
    print(sorted(f.result() for f in done), len(pending))
