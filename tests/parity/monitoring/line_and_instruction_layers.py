# LINE and INSTRUCTION together (INSTRUMENTED_LINE over INSTRUMENTED_INSTRUCTION): LINE
# disabled by its callback while INSTRUCTION keeps firing, then the reverse, then both re-armed.
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


def f(x):
    y = x * 2
    z = y + 1
    return z


state = {'line': None, 'instr': None}


def line_cb(code, line):
    if code is f.__code__:
        log.append('LINE %d' % (line - code.co_firstlineno))
        return state['line']


def instr_cb(code, offset):
    if code is f.__code__:
        log.append('INSTRUCTION %d' % offset)
        return state['instr']


mon.register_callback(TOOL, E.LINE, line_cb)
mon.register_callback(TOOL, E.INSTRUCTION, instr_cb)
mon.set_local_events(TOOL, f.__code__, E.LINE | E.INSTRUCTION)
state['line'] = mon.DISABLE
f(1)
flush('LINE disables itself')
f(1)
flush('instructions only')
state['line'], state['instr'] = None, mon.DISABLE
mon.restart_events()
f(1)
flush('INSTRUCTION disables itself')
f(1)
flush('lines only')
state['instr'] = None
mon.restart_events()
f(1)
flush('both re-armed')
mon.set_local_events(TOOL, f.__code__, 0)
