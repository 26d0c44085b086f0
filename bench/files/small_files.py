# bench/files/small_files.py: write then read back small files, closed by `with` (the common
# case, which must not pay for abandoned-file finalisation: docs/notes/s11-fin.md).
# Run by bench/files/ab; follows bench/harness/driver.py's protocol (main(n), N, SMOKE_N).
import os

N = 10000
SMOKE_N = 100
D = '/tmp/pyjama-bench-files-%d' % os.getpid()
os.makedirs(D, exist_ok=True)


def main(n):
    total = 0
    for i in range(n):
        p = '%s/f%d.txt' % (D, i % 1000)
        with open(p, 'w') as f:
            f.write('line %d\n' % i)
        with open(p) as f:
            total += len(f.read())
    return total
