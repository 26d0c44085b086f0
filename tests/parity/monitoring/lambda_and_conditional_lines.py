# Lambdas and conditional expressions on one line and across lines: LINE events of the
# lambda codes (relative to their own first line), BRANCH for the conditional expressions.
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


def run(x):
    pick = lambda v: ('big'
                      if v > 1
                      else 'small')
    both = [pick(v) for v in (x, 0)]
    key = lambda v: -v if v else 0
    return both, sorted([1, 0, 2], key=key)


watch('LINE', 'BRANCH', only={'run', '<lambda>'})
mon.set_events(TOOL, E.LINE | E.BRANCH)
r = run(2)
mon.set_events(TOOL, 0)
print(r)
flush('events')
