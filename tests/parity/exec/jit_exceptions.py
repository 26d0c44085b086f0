# Exceptions raised at many kinds of instruction inside functions the JIT compiles
# (pyjama compiles hot code objects; JitParityTest runs this with every function compiled).
import sys

class Boom:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
    def __add__(self, other):
        raise TypeError("add")
    def __getitem__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        raise IndexError(k)
    def __iter__(self):
        raise RuntimeError("iter")
    def __bool__(self):
        raise ValueError("bool")
    def __lt__(self, other):
        raise ZeroDivisionError("lt")
    def __contains__(self, x):
        raise LookupError("contains")
    def __call__(self, *a, **k):
        raise OSError("call")

def kinds(b):
    out = []
    for step in range(12):
        try:
            if step == 0:
                b.attr
            elif step == 1:
                b + 1
            elif step == 2:
                b[3]
            elif step == 3:
                b[3] = 4
            elif step == 4:
                for _ in b:
                    pass
            elif step == 5:
                if b:
                    pass
            elif step == 6:
                b < 1
            elif step == 7:
                1 in b
            elif step == 8:
                b(1, x=2)
            elif step == 9:
                undefined_global
            elif step == 10:
                a, c = [1, 2, 3]
            else:
                1 // 0
        except Exception as e:
            out.append((step, type(e).__name__, str(e)))
        finally:
            out.append(step)
    return out

for row in kinds(Boom()):
    print(row)

def unbound(flag):
    if flag:
        x = 1
    return x

for flag in (1, 0):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

def closure():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    v = 3
    return inner()

print(closure())

class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow

def with_blocks():
    for swallow in (True, False):
        try:
            with CM(swallow) as c:
                print("body", c.swallow)
                raise ValueError("in with")
            print("after with", swallow)
        except ValueError as e:
            print("caught", e)
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise KeyError(i)
            total += i
        except KeyError as e:
            total += 100 * e.args[0]
        else:
            total += 1000
    return total

print(with_blocks())

def tb_lines():
    x = [1, 2]
    y = 0
    return x[5] + y

try:
    tb_lines()
except IndexError:
    tb = sys.exc_info()[2]
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti)
        tb = tb.tb_next

def caller_line():
    f = sys._getframe(1)
    return f.f_lineno, f.f_lasti, f.f_code.co_name

def calls():
    a = caller_line()
    b = [caller_line() for _ in range(2)]
    c = caller_line(); return a, b, c

print(calls())

def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

def locals_write():
    x = 1
    def poke():
        sys._getframe(1).f_locals["x"] = 42
    poke()
    return x

print(locals_write())

def uncaught():
    d = {}
    for i in range(3):
        d[i] = i
    return d[7]

uncaught()
