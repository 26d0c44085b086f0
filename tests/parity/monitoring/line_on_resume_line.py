# LINE for code whose first line-start shares the RESUME's line (lambdas, one-line defs):
# hidden after a plain RESUME (CPython has specialised it to RESUME_CHECK), reported after an
# instrumented one (PY_START set), also when the PY_START callback returned DISABLE; and for
# the RESUME after a yield on the same line.
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


key = lambda v: -v if v else 0
def one(): return 1


def gen(): x = yield 1; yield x


def runner():
    return key(1), one(), sorted([1, 0], key=key), list(gen())


watch('LINE', only={'<lambda>', 'one', 'gen'})
mon.set_events(TOOL, E.LINE)
runner()
flush('LINE alone')
watch('PY_START', only={'<lambda>', 'one', 'gen'})
mon.set_events(TOOL, E.LINE | E.PY_START)
runner()
flush('LINE with PY_START')
watch('PY_START', ret=mon.DISABLE, only={'<lambda>', 'one', 'gen'})
mon.restart_events()
runner()
flush('PY_START returning DISABLE')
runner()
flush('after the DISABLE')
watch('PY_RESUME', only={'gen'})
mon.set_events(TOOL, E.LINE | E.PY_RESUME)
runner()
mon.set_events(TOOL, 0)
flush('LINE with PY_RESUME')
