# Builtin calls under CALL, C_RETURN and C_RAISE: builtins taking Python callables (map,
# filter, sorted with a key, min/max), method descriptors called bound and unbound, type
# calls, a builtin raising (int('x'), next on an empty iterator), and a DISABLE of CALL
# that keeps C_RETURN for the same execution only.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 2
mon.use_tool_id(T, 'builtins')
watch(T, 'CALL', 'C_RETURN', 'C_RAISE', 'PY_START', 'PY_RETURN')


def key(x):
    return -x


def calls():
    data = [3, 1, 2]
    out = sorted(data, key=key)
    out.append(max(data, key=key))
    out.extend(map(key, filter(None, data)))
    list.append(out, len(out))
    s = ', '.join(str(x) for x in out)
    d = dict(zip('ab', (0, 0)))
    d.setdefault('c', isinstance(d, dict))
    return s, d, getattr(out, 'missing', None)


def failing():
    results = []
    for f, arg in ((int, 'x'), (next, iter(())), ([].pop, None), ({}.__getitem__, 'k'), (divmod, 0)):
        try:
            f(arg) if arg is not None else f()
        except (ValueError, StopIteration, IndexError, KeyError, TypeError) as e:
            results.append(type(e).__name__)
    return results


mon.set_events(T, E.CALL | E.PY_START | E.PY_RETURN)
print(calls())
flush('calls')
print(failing())
flush('failing builtins')
mon.register_callback(T, E.CALL, recorder(T, 'CALL', mon.DISABLE))
print(calls(), calls())
flush('CALL returns DISABLE: C_RETURN at a disabled site')
mon.set_events(T, 0)
