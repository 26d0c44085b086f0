# A discrete-event simulation of a print shop: jobs, printers with speeds, priorities,
# failures, and statistics, all deterministic (a linear congruential generator).

class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2**31
        return self.state
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

class Job:
    def __init__(self, jid, pages, priority, arrival):
        self.jid, self.pages, self.priority, self.arrival = jid, pages, priority, arrival
        self.start = self.end = None
    def __lt__(self, other):
        return (-self.priority, self.arrival, self.jid) < (-other.priority, other.arrival, other.jid)
    def __repr__(self):
        return f'J{self.jid}'

class Printer:
    def __init__(self, name, ppm, fail_every):
        self.name, self.ppm, self.fail_every = name, ppm, fail_every
        self.busy_until, self.job, self.printed, self.failures = 0, None, 0, 0

rng = LCG(2024)
jobs = [Job(i, rng.randint(1, 40), rng.randint(0, 2), rng.randint(0, 60)) for i in range(14)]
jobs.sort(key=lambda j: (j.arrival, j.jid))
printers = [Printer('fast', 20, 5), Printer('slow', 8, 0)]
queue, done, t, log = [], [], 0, []
pending = list(jobs)
while pending or queue or any(p.job for p in printers):
    while pending and pending[0].arrival <= t:
        queue.append(pending.pop(0))
    queue.sort()
    for p in printers:
        if p.job and p.busy_until <= t:
            p.job.end = t
            done.append(p.job)
            log.append(f'{t:4} {p.name} finished {p.job}')
            p.printed += 1
            p.job = None
            if p.fail_every and p.printed % p.fail_every == 0:
                p.failures += 1
                p.busy_until = t + 7
                log.append(f'{t:4} {p.name} jammed, repair until {p.busy_until}')
        if p.job is None and queue and p.busy_until <= t:
            job = queue.pop(0)
            job.start = t
            p.job = job
            p.busy_until = t + -(-job.pages * 60 // p.ppm) // 60 + 1
            log.append(f'{t:4} {p.name} starts {job} ({job.pages}p, prio {job.priority})')
    t += 1
    if t > 10_000:
        raise RuntimeError('simulation did not terminate')
print('\n'.join(log))
waits = [j.start - j.arrival for j in done]
print('jobs', len(done), 'makespan', max(j.end for j in done))
print('avg wait', round(sum(waits) / len(waits), 3), 'max wait', max(waits))
for prio in (2, 1, 0):
    w = [j.start - j.arrival for j in done if j.priority == prio]
    print(f'priority {prio}: n={len(w)} avg wait={sum(w) / len(w) if w else 0:.2f}')
for p in printers:
    print(p.name, p.printed, p.failures)
print(sorted(done, key=lambda j: j.jid) == sorted(jobs, key=lambda j: j.jid))
