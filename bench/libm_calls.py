# ns (process CPU time) per math call, best of 7 rounds of 20,000 calls:
#   ./pyjama bench/libm_calls.py ; PYENV_VERSION=3.13.0 python3.13 bench/libm_calls.py
import math, time
xs = [i * 0.001 + 0.3 for i in range(1000)]

def run(name, f, two=False, show=True):
    best = float('inf')
    for _ in range(7):
        t = time.process_time_ns()
        if two:
            for _ in range(20):
                for x in xs: f(x, 1.7)
        else:
            for _ in range(20):
                for x in xs: f(x)
        best = min(best, time.process_time_ns() - t)
    if show: print('%-8s %7.1f ns/call' % (name, best / 20000))

for show in (False, True):  # the first pass warms the JIT up
    run('(abs)', abs, False, show)
    for name in ('exp', 'log', 'sin', 'cos', 'tan', 'log2', 'log10', 'cbrt', 'sinh', 'cosh', 'atan', 'sqrt'):
        run(name, getattr(math, name), False, show)
    run('pow', math.pow, True, show)
    run('hypot', math.hypot, True, show)
    run('**', float.__pow__, True, show)
