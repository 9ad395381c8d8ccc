"""threading.local gives each thread its own attributes."""
import threading
import random

mydata = threading.local()
mydata.x = 'main'
out = {}
lock = threading.Lock()


def show_value(data) -> str:
    try:
        val = data.value
    except AttributeError:
        return 'No value yet'
    else:
        return f'value={val}'


def worker(data, n: int) -> None:
    first = show_value(data)
    data.value = n * 10
    second = show_value(data)
    with lock:
        out[n] = (first, second, hasattr(data, 'x'))


class MyLocal(threading.local):
    def __init__(self, value: int) -> None:
        super().__init__()
        self.value = value


threads = [threading.Thread(target=worker, args=(mydata, i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(out):
    print(k, out[k])
print('main sees:', show_value(mydata), mydata.x)

local_data = MyLocal(1000)
seen = []
def reader() -> None:
    seen.append(local_data.value)
    local_data.value = 5
    seen.append(local_data.value)
t = threading.Thread(target=reader)
t.start(); t.join()
print(seen, local_data.value)
