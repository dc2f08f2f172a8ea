# An operating-system scheduler simulation in the spirit of Martin
# Richards' benchmark: tasks of four kinds (idle, worker, handler, device)
# pass packets through a priority scheduler. Written for minipy's benches/;
# prints the queue and hold counts, which are deterministic.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task(object):
    def __init__(self, sched, ident, prio, queue):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.running = queue is None
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.running or (self.waiting and self.queue is not None))

    def take_packet(self):
        # called when the task runs with a packet waiting
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is not None
        self.running = True
        return p

    def deliver(self, packet, sender):
        # a packet arrives; returns the task that should run next
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = True
            if self.prio > sender.prio:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        s = self.sched
        if self.count == 0:
            return s.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, packet):
        s = self.sched
        if packet is None:
            return s.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        data = packet.data
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        s = self.sched
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None)
        self.pending = None

    def step(self, packet):
        s = self.sched
        if packet is None:
            p = self.pending
            if p is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(p)
        self.pending = packet
        return s.hold_self()


class Scheduler(object):
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        t = self.tasks
        self.current = t
        while t is not None:
            if t.held or not (t.running or (t.waiting and t.queue is not None)):
                t = t.next
            else:
                packet = None
                if t.waiting and t.queue is not None:
                    packet = t.take_packet()
                self.current = t
                t = t.step(packet)
                self.current = t

    def wait(self):
        cur = self.current
        cur.running = False
        cur.waiting = True
        return cur

    def hold_self(self):
        self.hold_count += 1
        cur = self.current
        cur.held = True
        return cur.next

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.deliver(packet, self.current)


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    wq = Packet(None, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wq)
    wq = Packet(None, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wq)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def main(rounds):
    total_q = total_h = 0
    for _ in range(rounds):
        q, h = simulate(10000)
        total_q += q
        total_h += h
    print total_q, total_h


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
