# initializer/initargs run in each worker; a failing initializer breaks the
# pool (BrokenThreadPool), logged as CPython does.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import concurrent.futures as cf

local = threading.local()


def init(tag, n):
    local.tag = "%s-%d" % (tag, n)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w", 7)) as ex:
    print(ex.submit(lambda: local.tag).result())


def bad_init():
    raise ValueError("cannot start")


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(print, "never")
try:
    f.result()
except BrokenThreadPool as e:
    print(type(e).__name__, e)
    print(isinstance(e, cf.BrokenExecutor), isinstance(e, RuntimeError))
try:
    ex.submit(print, "never")
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()

# ProcessPoolExecutor can be imported (gilpy raises NotImplementedError
# when one is made: it has no multiprocessing yet).
from concurrent.futures import ProcessPoolExecutor
print(ProcessPoolExecutor.__name__, issubclass(ProcessPoolExecutor, cf.Executor))
