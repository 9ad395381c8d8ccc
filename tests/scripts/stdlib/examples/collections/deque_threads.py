"""deque as a thread-safe-ish buffer: appends from threads, then drain."""
import threading
from collections import deque

buf = deque(maxlen=1000)


def fill(tag: str, n: int) -> None:
    for i in range(n):
        buf.append((tag, i))


threads = [threading.Thread(target=fill, args=(t, 200)) for t in 'abc']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(buf))
by_tag = {}
while buf:
    tag, i = buf.popleft()
    by_tag.setdefault(tag, []).append(i)
for tag in sorted(by_tag):
    print(tag, len(by_tag[tag]), by_tag[tag] == sorted(by_tag[tag]))
