# for loops over a list, a range, a dict, a string, enumerate/zip and a class iterator with
# BRANCH, JUMP and STOP_ITERATION set globally: STOP_ITERATION never fires for these.
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


class Two:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


def loops():
    t = 0
    for a in [1, 2]:
        t += a
    for b in range(2):
        t += b
    for k in {'x': 1}:
        t += len(k)
    for ch in 'ab':
        t += 1
    for i, (p, q) in enumerate(zip('ab', 'cd')):
        t += i
    for v in Two():
        t += v
    return t


watch('BRANCH', 'JUMP', 'STOP_ITERATION', only={'loops'})
mon.set_events(TOOL, E.BRANCH | E.JUMP | E.STOP_ITERATION)
r = loops()
mon.set_events(TOOL, 0)
print(r)
flush('events')
