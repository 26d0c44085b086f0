# while loops with complex conditions, nested while with break, and while True with return
# under local LINE, JUMP and BRANCH: the line sequence of each iteration.
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


def w(n):
    i = j = 0
    while i < n and j < 10:
        j += 2
        while True:
            i += 1
            if i % 2:
                break
    k = 3
    while k:
        k -= 1
        if k == 1:
            return i, j, k
    return None


watch('LINE', 'JUMP', 'BRANCH')
mon.set_local_events(TOOL, w.__code__, E.LINE | E.JUMP | E.BRANCH)
print(w(3))
flush('events')
mon.set_local_events(TOOL, w.__code__, 0)
