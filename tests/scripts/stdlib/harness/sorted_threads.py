# sorted-output
# expect-full-stderr
# Threads print in no fixed order: the harness compares sorted lines. The
# default repr of an object carries an address, which the harness masks.
import sys
import threading

class Token:
    pass

start = threading.Barrier(4)

def work(n):
    start.wait()
    sys.stdout.write(f"worker {n} done\n")
    sys.stderr.write(f"worker {n} says so on stderr\n")

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(repr(Token()).split(" at ")[0], "at", hex(id(Token)))
