# bench: class-heavy simulation: a task scheduler with inheritance, super(), properties, polymorphic calls
import sys

IDLE, WORKER, DEVICE, HANDLER = 0, 1, 2, 3
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    count = 0

    def __init__(self, ident, priority, queue):
        self.ident = ident
        self._priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0
        Task.count += 1

    @property
    def priority(self):
        return self._priority

    @property
    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        self.waiting = self.queue is not None
        return p

    def deliver(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = True

    def step(self, sched, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, ident, priority, seed):
        super().__init__(ident, priority, None)
        self.seed = seed
        self.budget = 0

    def step(self, sched, packet):
        self.runs += 1
        self.budget -= 1
        if self.budget <= 0:
            return None
        if self.seed & 1 == 0:
            self.seed >>= 1
            return sched.wake(DEVICE)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sched.wake(DEVICE + 10)


class WorkerTask(Task):
    def __init__(self, ident, priority, queue):
        super().__init__(ident, priority, queue)
        self.dest = HANDLER
        self.letter = 0

    def step(self, sched, packet):
        self.runs += 1
        if packet is None:
            return sched.wait()
        self.dest = HANDLER + 10 if self.dest == HANDLER else HANDLER
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return sched.send(packet)


class DeviceTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority, None)
        self.pending = None

    def step(self, sched, packet):
        self.runs += 1
        if packet is None:
            if self.pending is None:
                return sched.wait()
            p = self.pending
            self.pending = None
            return sched.send(p)
        self.pending = packet
        return sched.hold()


class HandlerTask(Task):
    def __init__(self, ident, priority, queue):
        super().__init__(ident, priority, queue)
        self.work = None
        self.devices = None
        self.total = 0

    def step(self, sched, packet):
        self.runs += 1
        if packet is not None:
            if packet.kind == WORKER:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.datum < BUFFER_SIZE:
                if self.devices is not None:
                    d = self.devices
                    self.devices = d.link
                    d.datum = w.data[w.datum]
                    self.total += d.datum
                    w.datum += 1
                    return sched.send(d)
            else:
                self.work = w.link
                return sched.send(w)
        return sched.wait()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def wake(self, ident):
        t = self.tasks.get(ident)
        if t is None:
            return self.current
        t.held = False
        return t

    def hold(self):
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.tasks.get(packet.ident)
        if target is None:
            return self.current
        packet.ident = self.current.ident
        target.deliver(packet)
        return self.current

    def run(self, limit):
        for _ in range(limit):
            progressed = False
            for task in self.order:
                if task.runnable:
                    self.current = task
                    self.switches += 1
                    packet = task.take() if task.queue is not None else None
                    task.step(self, packet)
                    progressed = True
                    break
            if not progressed:
                break


def build(seed):
    s = Scheduler()
    idle = IdleTask(IDLE, 0, seed)
    idle.budget = 10 ** 9
    s.add(idle)
    q = None
    for k in range(2):
        q = Packet(q, WORKER, WORKER)
    s.add(WorkerTask(WORKER, 1000, q))
    for h in (HANDLER, HANDLER + 10):
        q = None
        for k in range(3):
            q = Packet(q, DEVICE + (h - HANDLER), DEVICE)
        s.add(HandlerTask(h, 2000 + h, q))
    s.add(DeviceTask(DEVICE, 4000))
    s.add(DeviceTask(DEVICE + 10, 5000))
    return s


def main(rounds):
    total = 0
    for r in range(rounds):
        s = build(r + 1)
        s.run(4000)
        total += s.switches + sum(t.runs for t in s.order)
        total += sum(t.total for t in s.order if isinstance(t, HandlerTask))
    print("checksum:", total, Task.count)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 90)
