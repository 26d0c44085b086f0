# try/except/finally inside loops with continue and break in the try, the except and the
# finally body's effects: JUMP, BRANCH, RAISE, EXCEPTION_HANDLED, LINE as local events.
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


def loop(items):
    out = []
    for x in items:
        try:
            if x == 0:
                continue
            if x < 0:
                raise ValueError(x)
            if x > 9:
                break
            out.append(x)
        except ValueError:
            out.append('neg')
            continue
        finally:
            out.append('f')
    return out


watch('JUMP', 'BRANCH', 'LINE')
mon.set_local_events(TOOL, loop.__code__, E.JUMP | E.BRANCH | E.LINE)
mon.register_callback(TOOL, E.RAISE, recorder('RAISE', only={'loop'}))
mon.register_callback(TOOL, E.EXCEPTION_HANDLED, recorder('EXCEPTION_HANDLED', only={'loop'}))
mon.set_events(TOOL, E.RAISE | E.EXCEPTION_HANDLED)
print(loop([1, 0, -1, 10, 2]))
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, loop.__code__, 0)
flush('events')
