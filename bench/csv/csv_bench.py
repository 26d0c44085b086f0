# The _csv reader and writer on 50,000 rows of 5 fields (1.7 MB of text): per operation, the
# main thread's CPU time (time.thread_time) of each round; prints "NAME seconds" lines, the
# median of the rounds after WARM warm-up rounds (argv: ROUNDS WARM).
import csv
import io
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 8
warm = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rows = [[i, "name %d" % i, i * 1.5, 'say "hi", ok' if i % 7 == 0 else "plain", None] for i in range(50000)]
buf = io.StringIO(newline="")
csv.writer(buf).writerows(rows)
text = buf.getvalue()
lines = text.splitlines(keepends=True)


def write():
    csv.writer(io.StringIO(newline="")).writerows(rows)


def read_stringio():
    for row in csv.reader(io.StringIO(text, newline="")):
        pass


def read_list():
    for row in csv.reader(lines):
        pass


def dictreader():
    list(csv.DictReader(io.StringIO(text, newline=""), fieldnames=["a", "b", "c", "d", "e"]))


times = {f.__name__: [] for f in (write, read_stringio, read_list, dictreader)}
for r in range(rounds):
    for f in (write, read_stringio, read_list, dictreader):
        t0 = time.thread_time()
        f()
        t1 = time.thread_time()
        if r >= warm:
            times[f.__name__].append(t1 - t0)
for name, ts in times.items():
    ts.sort()
    print(name, "%.4f" % ts[len(ts) // 2])
