# str method micro (docs/notes/s10-colls.md): ns per call, best of ROUNDS (12) thread-time rounds.
import time, sys, os
line = "1234,Grace,37,ecarg-5"
s37 = "37"
name = "grace"
tag = "ecarg-5"
def t_split(n):
    for i in range(n): a, b, c, d = line.split(",")
def t_int(n):
    for i in range(n): int(s37)
def t_cap(n):
    for i in range(n): name.capitalize()
def t_lower(n):
    for i in range(n): name.lower()
def t_rev(n):
    for i in range(n): name[::-1]
def t_fstr(n):
    for i in range(n): f"{i},{name},{i % 101},{tag}-{i % 13}"
def t_repl(n):
    for i in range(n): tag.replace("-", "_").upper()
def t_cmp(n):
    for i in range(n): tag > name
def t_slice(n):
    for i in range(n): line[3:8]
def t_isx(n):
    for i in range(n): name.isalpha(); s37.isdigit(); " ".isspace()
def t_idx(n):
    for i in range(n): line[5]
TESTS = [t_split, t_int, t_cap, t_lower, t_rev, t_fstr, t_repl, t_cmp, t_slice, t_isx, t_idx]
for f in TESTS:
    n = 200000
    if sys.argv[1:] and f.__name__ not in sys.argv[1:]: continue
    best = 1e9
    for r in range(int(os.environ.get("ROUNDS", "12"))):
        t0 = time.thread_time(); f(n); best = min(best, time.thread_time() - t0)
    print("%-8s %7.1f ns" % (f.__name__, best / n * 1e9), flush=True)
