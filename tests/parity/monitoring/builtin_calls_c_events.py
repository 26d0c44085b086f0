# Builtin calls under CALL, C_RETURN and C_RAISE: builtins taking Python callables (map,
# filter, sorted with a key, min/max), method descriptors called bound and unbound, type
# calls, a builtin raising (int('x'), next on an empty iterator), and a DISABLE of CALL
# that keeps C_RETURN for the same execution only.
import sys

mon = sys.monitoring
E = mon.events
log = []
DRIVER = {'callback', 'flush', 'short', 'recorder', 'watch', 'unwatch'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(tool, event, ret=None):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(tool, *names, ret=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(tool, name, ret))


def unwatch(tool):
    for name in dir(E):
        if name.isupper() and name != 'NO_EVENTS':
            mon.register_callback(tool, getattr(E, name), None)


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


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
