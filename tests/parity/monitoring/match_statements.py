# match statements: BRANCH and LINE events over literal, capture, sequence, mapping, class,
# or-patterns and guards, one event set per subject.
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


class P:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def classify(v):
    match v:
        case 0 | 1:
            return 'small'
        case [a, b]:
            return 'pair'
        case {'k': val} if val > 0:
            return 'key'
        case P(0, y):
            return 'on-axis'
        case P(x=x) if x < 0:
            return 'neg'
        case str():
            return 'str'
        case _:
            return 'other'


watch('BRANCH', 'LINE', only={'classify'})
mon.set_local_events(TOOL, classify.__code__, E.BRANCH | E.LINE)
for v in (1, [1, 2], {'k': 3}, {'k': -1}, P(0, 5), P(-1, 0), 's', 2.5):
    print(classify(v))
    flush(type(v).__name__)
mon.set_local_events(TOOL, classify.__code__, 0)
