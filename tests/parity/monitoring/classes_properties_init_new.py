# Class bodies, __new__/__init__, properties (getter, setter), __getattr__, __eq__ via ==,
# __len__ via len(), __iter__/__next__ via list(): PY_START/PY_RETURN of every special method.
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


class Meta(type):
    def __call__(cls, *a):
        return super().__call__(*a)


class Box(metaclass=Meta):
    kind = 'box'

    def __new__(cls, v):
        return super().__new__(cls)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    def __getattr__(self, name):
        return name.upper()

    def __eq__(self, other):
        return self._v == other._v

    def __len__(self):
        return self._v

    def __hash__(self):
        return 1


def run():
    b = Box(2)
    b.v = b.v + 1
    return b.missing, b == Box(3), len(b)


watch('PY_START', 'PY_RETURN')
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
r = run()


class Later:
    x = 1
    def m(self):
        pass


mon.set_events(TOOL, 0)
print(r)
flush('events')
