# bench: a Go-like board game playout: flat list board, neighbour tables, flood-fill liberties with a stack, random moves from a LCG
import sys

EMPTY, BLACK, WHITE = 0, 1, 2


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbours = []
        for p in range(size * size):
            r, c = divmod(p, size)
            ns = []
            if r > 0:
                ns.append(p - size)
            if r < size - 1:
                ns.append(p + size)
            if c > 0:
                ns.append(p - 1)
            if c < size - 1:
                ns.append(p + 1)
            self.neighbours.append(ns)
        self.captured = {BLACK: 0, WHITE: 0}

    def group(self, p):
        colour = self.cells[p]
        stones = {p}
        liberties = set()
        stack = [p]
        while stack:
            q = stack.pop()
            for n in self.neighbours[q]:
                v = self.cells[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == colour and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def play(self, p, colour):
        if self.cells[p] != EMPTY:
            return False
        self.cells[p] = colour
        enemy = BLACK + WHITE - colour
        took = 0
        for n in self.neighbours[p]:
            if self.cells[n] == enemy:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    took += len(stones)
        if took == 0:
            stones, libs = self.group(p)
            if not libs:
                self.cells[p] = EMPTY
                return False
        self.captured[colour] += took
        return True

    def score(self):
        return self.cells.count(BLACK) - self.cells.count(WHITE)


def playout(size, seed, moves):
    b = Board(size)
    colour = BLACK
    state = seed
    played = 0
    for _ in range(moves):
        for attempt in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if b.play(state % (size * size), colour):
                played += 1
                break
        colour = BLACK + WHITE - colour
    return b.score(), played, b.captured[BLACK], b.captured[WHITE]


def main(games):
    totals = [0, 0, 0, 0]
    for g in range(games):
        result = playout(9, g + 1, 200)
        for i in range(4):
            totals[i] += result[i]
    print("checksum:", totals)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
