# A for loop over a class-defined iterator whose __next__ raises StopIteration: RAISE and
# PY_UNWIND in __next__, RAISE at the FOR_ITER; a list iterator ends with no RAISE at all.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 2
mon.use_tool_id(TOOL, 'test')
log = []
DRIVER = {'callback', 'flush', 'short', 'watch', 'recorder'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(event, tool=TOOL, ret=None, only=None):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        if only is not None and code.co_name not in only:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(*names, tool=TOOL, ret=None, only=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(name, tool, ret, only))


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def loop(it):
    total = 0
    for x in it:
        total += x
    return total


watch('RAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'BRANCH')
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.BRANCH)
r = loop(Count(2)), loop([1, 2])
mon.set_events(TOOL, 0)
print(r)
flush('events')
