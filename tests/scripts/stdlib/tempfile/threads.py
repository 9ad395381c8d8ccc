# mkdtemp and NamedTemporaryFile from several threads at once give distinct
# names, with the GIL on and off.
import os
import shutil
import tempfile
import threading

base = tempfile.mkdtemp()
made = []
lock = threading.Lock()
start = threading.Barrier(4)


def work():
    start.wait()
    mine = [tempfile.mkdtemp(dir=base) for _ in range(25)]
    files = [tempfile.NamedTemporaryFile(dir=base, delete=False) for _ in range(25)]
    for f in files:
        f.close()
    with lock:
        made.extend(mine + [f.name for f in files])


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(made), len(set(made)), len(os.listdir(base)))
shutil.rmtree(base)
