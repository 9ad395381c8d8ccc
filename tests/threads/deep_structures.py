# Deeply nested data in a thread: freeing it must not overflow the thread's
# stack, and repr/compare of it raise RecursionError instead of crashing.
import threading


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def build_and_drop():
    head = None
    for i in range(300000):
        head = Node(head)
    nested = []
    for i in range(300000):
        nested = [nested]
    tup = ()
    for i in range(100000):
        tup = (tup,)
    d = {}
    for i in range(100000):
        d = {"k": d}
    print("built")


def repr_and_compare():
    a = []
    b = []
    for i in range(100000):
        a = [a]
        b = [b]
    try:
        repr(a)
    except RecursionError as e:
        print("RecursionError:", e)
    try:
        a == b
    except RecursionError as e:
        print("RecursionError:", e)


for target in (build_and_drop, repr_and_compare):
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print("joined", target.__name__)
