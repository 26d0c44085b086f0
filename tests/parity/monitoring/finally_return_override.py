# try/finally where finally returns (swallowing an exception or replacing a return), an
# exception raised in finally, and a nested try re-raising: LINE, RAISE, RERAISE, PY_UNWIND,
# EXCEPTION_HANDLED, PY_RETURN values.
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


def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally-wins'


def replace():
    try:
        return 'try'
    finally:
        return 'finally'


def raise_in_finally():
    try:
        raise KeyError('first')
    finally:
        raise TypeError('second')


def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return type(e).__name__


watch('LINE', 'RAISE', 'RERAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'PY_RETURN', only={'swallow', 'replace', 'raise_in_finally', 'nested'})
mon.set_events(TOOL, E.LINE | E.RAISE | E.RERAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.PY_RETURN)
out = [swallow(), replace(), nested()]
try:
    raise_in_finally()
except TypeError as e:
    out.append(repr(e.__context__))
mon.set_events(TOOL, 0)
print(out)
flush('events')
