# time, math, weakref, atexit and errno: Java modules used through their standard-library clients
import atexit
import errno
import math
import time
import weakref

t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01, time.monotonic() > 0, time.time() > 1.7e9, type(time.time_ns()).__name__)
print(time.gmtime(0), time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_000_000_000)))
st = time.gmtime(86400 * 365)
print(st.tm_year, st.tm_yday, st[0:3], time.asctime(st), time.mktime(time.localtime(100)) == 100.0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

print(math.sqrt(16), math.floor(-1.5), math.ceil(1.2), math.factorial(10), math.gcd(24, 36), math.isqrt(17))
print(math.pi, math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.hypot(5, 12), math.log(8, 2), math.log10(1000))
print(math.comb(5, 2), math.perm(4), math.prod(range(1, 6)), math.fsum([0.1] * 10), math.copysign(2, -1), math.inf > 1e308)
for expr in ("math.sqrt(-1)", "math.log(-1)", "math.factorial(-2)"):
    try:
        eval(expr)
    except ValueError as e:
        print(expr, "->", e)


class Obj:
    pass


o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.ref(o) == r, hash(r) == hash(o), type(r).__name__)
p = weakref.proxy(o)
p.attr = 5
print(o.attr, p.attr)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet([o])
print(len(ws), o in ws)
wd = weakref.WeakValueDictionary()
wd["k"] = o
print(wd["k"] is o, list(wd.keys()))
wk = weakref.WeakKeyDictionary({o: 1})
print(wk[o])

print(errno.ENOENT, errno.errorcode[errno.EACCES], errno.EAGAIN == errno.EWOULDBLOCK)
try:
    open_missing = __import__("os").stat("/definitely/not/here")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror)


def goodbye(who):
    print("goodbye", who)


atexit.register(goodbye, "world")
atexit.register(print, "registered last, runs first")
print("end of main")
