# _lsprof.Profiler.getstats(): entries and sub-entries, call and recursive-call counts.
import _lsprof


def label(code):
    return code if isinstance(code, str) else f"{code.co_name}:{code.co_firstlineno}"


def down(n):
    if n:
        down(n - 1)
    return len([n])


def main():
    down(3)
    down(1)


p = _lsprof.Profiler()
p.enable()
main()
p.disable()
for e in sorted(p.getstats(), key=lambda e: label(e.code)):
    print(type(e).__name__, label(e.code), e.callcount, e.reccallcount, type(e.totaltime).__name__)
    for s in sorted(e.calls or [], key=lambda s: label(s.code)):
        print("   ", type(s).__name__, label(s.code), s.callcount, s.reccallcount)
print(_lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields)
