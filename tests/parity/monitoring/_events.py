# The event log the monitoring fixtures share: register a recorder per event for a tool,
# record "tool EVENT function where args..." for the fixture's own code (the __main__ script;
# LINE as a line relative to the function's first line), print and clear with flush(title).
# Names starting with '_' are support files of the area, not fixtures.
import sys

mon = sys.monitoring
E = mon.events
log = []
_FIXTURE = sys.modules['__main__'].__file__
DRIVER = {'callback', 'flush', 'short', 'recorder', 'watch', 'unwatch'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(tool, event, ret=None):
    def callback(code, where, *args):
        if code.co_filename != _FIXTURE or code.co_name in DRIVER:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(tool, *names, ret=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(tool, name, ret))


def unwatch(tool):
    for name in dir(E):
        if name.isupper() and name != 'NO_EVENTS':
            mon.register_callback(tool, getattr(E, name), None)


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()
