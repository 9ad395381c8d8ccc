# bench: collections: deque as a BFS queue and sliding window, defaultdict(list/int), Counter.most_common, namedtuple
import sys
from collections import deque, defaultdict, Counter, namedtuple

Edge = namedtuple("Edge", "src dst weight")


def make_graph(n):
    edges = []
    for v in range(n):
        for k in (1, 7, 31):
            edges.append(Edge(v, (v * k + 3) % n, (v + k) % 9 + 1))
    return edges


def bfs(adj, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in adj[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    return dist


def window_max(values, k):
    dq = deque()
    out = 0
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out += values[dq[0]]
    return out


def main(n):
    edges = make_graph(n)
    adj = defaultdict(list)
    indegree = defaultdict(int)
    for e in edges:
        adj[e.src].append(e.dst)
        indegree[e.dst] += 1
    total = 0
    for s in range(0, n, n // 8):
        d = bfs(adj, s)
        total += sum(d.values()) + len(d)
    weights = Counter(e.weight for e in edges)
    words = Counter()
    for i in range(n):
        words["w%d" % (i * i % 53)] += 1
    values = [(i * 7919) % 1000 for i in range(n * 2)]
    recent = deque(maxlen=50)
    for v in values:
        recent.append(v)
    print("checksum:", total, weights.most_common(3), words.most_common(2),
          max(indegree.values()), window_max(values, 25), sum(recent))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
