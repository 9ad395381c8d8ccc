"""Dijkstra's shortest path with heapq, typical CS-tutorial code."""
import heapq
from typing import Dict, List, Tuple

Graph = Dict[str, List[Tuple[str, int]]]


def dijkstra(graph: Graph, start: str) -> Dict[str, float]:
    distances = {node: float('inf') for node in graph}
    distances[start] = 0
    pq: List[Tuple[float, str]] = [(0, start)]
    while pq:
        current_distance, current = heapq.heappop(pq)
        if current_distance > distances[current]:
            continue
        for neighbour, weight in graph[current]:
            distance = current_distance + weight
            if distance < distances[neighbour]:
                distances[neighbour] = distance
                heapq.heappush(pq, (distance, neighbour))
    return distances


graph: Graph = {
    'A': [('B', 1), ('C', 4)],
    'B': [('A', 1), ('C', 2), ('D', 5)],
    'C': [('A', 4), ('B', 2), ('D', 1)],
    'D': [('B', 5), ('C', 1), ('E', 3)],
    'E': [('D', 3)],
    'F': [],
}
for node, dist in sorted(dijkstra(graph, 'A').items()):
    print(f'{node}: {dist}')
