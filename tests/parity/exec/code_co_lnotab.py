# code.co_lnotab: deprecated (DeprecationWarning) and computed from the location table
import warnings


def f(a):
    x = a + 1
    if x:
        y = 2

    else:
        y = 3
    return x + y


print(f.__code__.co_lnotab)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = lambda: 0
    print(g.__code__.co_lnotab)
    print(len(w), w[0].category.__name__, w[0].message)
warnings.simplefilter("ignore")
src = "def h():\n    a = 1\n" + "\n" * 300 + "    b = 2\n" + "\n" * 5 + "    return a\n" + "x = [\n1,\n2]\n" + "def k():\n" + "    pass\n" * 200
ns = {}
code = compile(src, "gen", "exec")
exec(code, ns)
print(code.co_lnotab)
print(ns["h"].__code__.co_lnotab)
print(ns["k"].__code__.co_lnotab)


class C:
    def m(self):
        try:
            return 1 / 0
        except ZeroDivisionError:
            return [i
                    for i in range(3)]


print(C.m.__code__.co_lnotab)
for obj in (1, None):
    try:
        print(type(C.m.__code__).co_lnotab.__get__(obj))
    except TypeError as e:
        print(type(e).__name__, e)
