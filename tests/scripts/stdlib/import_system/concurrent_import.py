# Two threads importing one slow module at once: its body runs once and the
# second thread waits until it is complete (per-module import locks).
import sys as builtins  # a shared place every module sees
import sys
import threading
import time

builtins.BODY_STARTED = threading.Event()
builtins.MAY_FINISH = threading.Event()
second_about_to_import = threading.Event()
seen = {}


def first():
    import mod_slow_import
    seen['first'] = mod_slow_import.DONE


def second():
    second_about_to_import.set()
    import mod_slow_import
    # Without the lock this would see the partly run module (no DONE yet).
    seen['second'] = getattr(mod_slow_import, 'DONE', 'partial module')


t1 = threading.Thread(target=first)
t1.start()
builtins.BODY_STARTED.wait()
t2 = threading.Thread(target=second)
t2.start()
second_about_to_import.wait()
# Give the second thread time to reach the import (the output is the same
# either way once imports lock; without the locks, this shows the bug).
time.sleep(0.2)
builtins.MAY_FINISH.set()
t1.join()
t2.join()
print(seen['first'], seen['second'], builtins.IMPORT_COUNT)
print('mod_slow_import' in sys.modules)
import mod_slow_import
print(builtins.IMPORT_COUNT, mod_slow_import.DONE)

# A circular import started from both ends at once must not deadlock: as in
# CPython, the thread that would close the cycle gets the partly run module.
builtins.CYCLE_BARRIER = threading.Barrier(2)
results = []


def importer(name):
    module = __import__(name)
    results.append(name)


threads = [threading.Thread(target=importer, args=(n,)) for n in ('mod_cycle_a', 'mod_cycle_b')]
for t in threads:
    t.start()
for t in threads:
    t.join()
import mod_cycle_a
import mod_cycle_b
print(sorted(results), mod_cycle_a.NAME, mod_cycle_b.NAME, mod_cycle_a.mod_cycle_b is mod_cycle_b)
