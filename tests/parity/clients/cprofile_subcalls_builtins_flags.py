# _lsprof.Profiler(subcalls=False) keeps no callee lists; builtins=False no built-in entries.
import _lsprof


def label(code):
    return code if isinstance(code, str) else f"{code.co_name}:{code.co_firstlineno}"


def inner(x):
    return abs(x) + len(str(x))


def outer():
    return [inner(i) for i in range(-2, 2)]


for kwargs in ({}, {"subcalls": False}, {"builtins": False}, {"subcalls": 0, "builtins": 0}):
    p = _lsprof.Profiler(**kwargs)
    p.enable()
    outer()
    p.disable()
    print(kwargs)
    for e in sorted(p.getstats(), key=lambda e: label(e.code)):
        calls = None if e.calls is None else sorted((label(s.code), s.callcount) for s in e.calls)
        print("   ", label(e.code), e.callcount, calls)
p = _lsprof.Profiler()
p.enable(subcalls=False, builtins=False)
outer()
p.disable()
print(sorted(label(e.code) for e in p.getstats()))
