# bench/files/abandoned_files.py: the idiom `open(p, 'w').write(s)` then reading p back with
# `open(p).read()`, both abandoned: the worst case of docs/notes/s11-fin.md, where every open
# of a file that an abandoned writer still buffers for costs a collection.
import os

N = 1000
SMOKE_N = 20
D = '/tmp/pyjama-bench-abandoned-%d' % os.getpid()
os.makedirs(D, exist_ok=True)


def main(n):
    total = 0
    for i in range(n):
        p = '%s/f%d.txt' % (D, i % 100)
        open(p, 'w').write('line %d\n' % i)
        total += len(open(p).read())
    return total
