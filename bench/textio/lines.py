# TextIOWrapper throughput: print() 200,000 lines to a UTF-8 file, then iterate over them.
# Prints the line count and character total on stdout, the time of each phase on stderr.
# Run: time ./pyjama bench/textio/lines.py   (and the same with python3.13)
import os
import sys
import time

N = 200_000
name = sys.argv[1] if len(sys.argv) > 1 else "textio_lines_bench.txt"
t0 = time.perf_counter()
with open(name, "w", encoding="utf-8") as f:
    for i in range(N):
        print(i, "a line of text, é", i * 7, file=f)
t1 = time.perf_counter()
n = total = 0
with open(name, encoding="utf-8") as f:
    for line in f:
        n += 1
        total += len(line)
t2 = time.perf_counter()
os.remove(name)
print(n, total)
print(f"write {t1 - t0:.3f}s read {t2 - t1:.3f}s", file=sys.stderr)
