# Code compiled from strings and run by exec() and eval(): PY_START/PY_RETURN/LINE/CALL of
# '<module>' and functions defined in it, with the filename and first line of each code.
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


src = '''
def inner(x):
    return x + 1
y = inner(2)
'''


def rec(event):
    def callback(code, where, *args):
        if code.co_filename == 'gen.py' or code.co_name == 'run':
            log.append(' '.join([event, code.co_filename, code.co_name, str(where)] + [short(a) for a in args]))
    return callback


def run():
    ns = {}
    exec(compile(src, 'gen.py', 'exec'), ns)
    return ns['y'] + eval(compile('inner(5) * 2', 'gen.py', 'eval'), ns)


for name in ('PY_START', 'PY_RETURN', 'LINE', 'CALL'):
    mon.register_callback(TOOL, getattr(E, name), rec(name))
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.LINE | E.CALL)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
