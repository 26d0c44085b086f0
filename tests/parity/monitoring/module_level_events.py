# Events in the module's own code: LINE (absolute lines), BRANCH, JUMP and CALL of module
# level statements between set_events and set_events(0), with the module's code as target.
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


MOD = sys._getframe().f_code


def mod_rec(event):
    def callback(code, *args):
        if code is MOD:
            log.append(' '.join([event] + [str(a) if isinstance(a, int) else short(a) for a in args]))
    return callback


for name in ('LINE', 'BRANCH', 'JUMP', 'CALL'):
    mon.register_callback(TOOL, getattr(E, name), mod_rec(name))
mon.set_events(TOOL, E.LINE | E.BRANCH | E.JUMP | E.CALL)
total = 0
for i in range(2):
    if i:
        total += len('ab')
x = total if total else -1
mon.set_events(TOOL, 0)
print(total, x)
flush('module events')
