# threading's deprecated camelCase names warn with CPython 3.11's words, at
# the line that calls them, once per location (the "default" action).
import threading

t = threading.Thread(target=lambda: None, name="worker")
for i in range(3):
    print(t.getName())
t.setName("renamed")
print(t.isDaemon())
t.setDaemon(True)
print(threading.activeCount())
print(threading.currentThread().name)
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())


def name_of(thread):
    return thread.getName()


print(name_of(t), name_of(t))
print(t.getName())

# In a thread, code of __main__ warns the same way.
def work():
    print(threading.currentThread().getName())


w = threading.Thread(target=work, name="in-a-thread")
w.start()
w.join()

# isAlive was removed in Python 3.9.
try:
    t.isAlive()
except AttributeError as e:
    print("AttributeError:", e)
