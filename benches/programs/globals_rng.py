# bench: global-variable-heavy code: module-level state mutated through `global` by many small functions
import sys

SEED = 42
TICKS = 0
HITS = 0
MISSES = 0
TABLE_SIZE = 256
TABLE = [0] * TABLE_SIZE
HISTORY = []
LIMIT = 1000


def rand():
    global SEED
    SEED = (SEED * 1103515245 + 12345) & 0x7FFFFFFF
    return SEED


def tick():
    global TICKS
    TICKS += 1
    return TICKS


def probe(key):
    global HITS, MISSES
    slot = key % TABLE_SIZE
    if TABLE[slot] == key:
        HITS += 1
        return True
    MISSES += 1
    TABLE[slot] = key
    return False


def record(value):
    if len(HISTORY) >= LIMIT:
        del HISTORY[:LIMIT // 2]
    HISTORY.append(value)


def step():
    t = tick()
    k = rand() % 1024
    if probe(k):
        record(t)
    return k


def main(n):
    total = 0
    for _ in range(n):
        total += step()
    print("checksum:", total, TICKS, HITS, MISSES, len(HISTORY), SEED)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
