# One thread iterates a container; after the first item it lets another
# thread change the container and waits for it to finish, then goes on.
# The iteration must then behave as in CPython: a dict or set whose size
# changed raises RuntimeError, whatever way it is iterated (the container,
# keys(), values(), items()); a list goes on and sees the new items. The
# handshake makes the outcome independent of timing; the mutating threads
# are many, to make the change land from other threads at once.
import threading

T = 8


def run(name, make, iterate, mutate):
    container = make()
    first_taken = threading.Event()
    changed = threading.Event()
    result = []

    def iterator():
        seen = 0
        try:
            for x in iterate(container):
                seen += 1
                if seen == 1:
                    first_taken.set()
                    changed.wait()
            result.append("completed after %d items" % seen)
        except RuntimeError as e:
            result.append("RuntimeError: %s" % e)

    def mutator(t):
        first_taken.wait()
        mutate(container, t)

    it = threading.Thread(target=iterator)
    mutators = [threading.Thread(target=mutator, args=(t,)) for t in range(T)]
    it.start()
    for m in mutators:
        m.start()
    for m in mutators:
        m.join()
    changed.set()
    it.join()
    print(name + ":", result[0])


def grow_dict(d, t):
    d[100 + t] = t


def grow_set(s, t):
    s.add(100 + t)


def shrink_dict(d, t):
    del d[t]


def shrink_set(s, t):
    s.remove(t)


def resize_dict(d, t):
    for k in range(1000 * (t + 1), 1000 * (t + 1) + 200):
        d[k] = k


def grow_list(l, t):
    l.append(100 + t)


def small_dict():
    return {k: k for k in range(20)}


def small_set():
    return set(range(20))


run("dict, grown", small_dict, lambda d: d, grow_dict)
run("dict, shrunk", small_dict, lambda d: d, shrink_dict)
run("dict, resized", small_dict, lambda d: d, resize_dict)
run("dict.keys(), grown", small_dict, lambda d: d.keys(), grow_dict)
run("dict.values(), grown", small_dict, lambda d: d.values(), grow_dict)
run("dict.items(), shrunk", small_dict, lambda d: d.items(), shrink_dict)
run("set, grown", small_set, lambda s: s, grow_set)
run("set, shrunk", small_set, lambda s: s, shrink_set)
run("list, grown", lambda: list(range(20)), lambda l: l, grow_list)
