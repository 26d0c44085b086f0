# DISABLE returned for events that cannot be disabled (RAISE, EXCEPTION_HANDLED, PY_UNWIND,
# PY_THROW, RERAISE, C_RETURN, C_RAISE): ValueError at the event, the callback removed, the
# other tools still called; then restart_events from inside a LINE callback re-arming the
# sites a BRANCH and a JUMP callback disabled, seen in the same frame.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


mon.use_tool_id(1, 'disabling')
mon.use_tool_id(2, 'witness')


def raiser():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    try:
        try:
            raise IndexError('i')
        finally:
            pass
    except IndexError:
        pass
    return len('abc')


def unwinder():
    raise OSError('out')


def gen():
    try:
        yield 1
    except ValueError:
        yield 2


def c_raiser():
    try:
        int('z')
    except ValueError:
        pass


for name in ('RAISE', 'EXCEPTION_HANDLED', 'RERAISE', 'PY_UNWIND', 'PY_THROW', 'C_RETURN', 'C_RAISE'):
    event = getattr(E, name)
    def disabling(code, *args, inner=recorder(1, name, mon.DISABLE)):
        # DISABLE only inside the functions, not for the driver's own calls
        if code.co_name != '<module>':
            return inner(code, *args)

    mon.register_callback(1, event, disabling)
    watch(2, name)
    extra = E.CALL | E.C_RETURN | E.C_RAISE if name in ('C_RETURN', 'C_RAISE') else 0
    mon.set_events(2, event | extra)
    mon.set_events(1, event | extra)
    for f in (raiser, unwinder, c_raiser, lambda: gen().throw(ValueError)):
        try:
            f()
        except ValueError as e:
            print(name, 'ValueError:', e)
        except OSError:
            pass
    print(name, 'callback now', mon.register_callback(1, event, None))
    mon.set_events(1, 0)
    mon.set_events(2, 0)
    mon.register_callback(1, E.CALL, None)
    mon.register_callback(2, E.CALL, None)
    flush(name)


def loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 2:
            total += i
        i += 1
    return total


restarted = []


def line(code, where):
    if code is loop.__code__:
        rel = where - code.co_firstlineno
        log.append('LINE %d' % rel)
        if rel == 6 and not restarted:
            restarted.append(rel)
            mon.restart_events()


unwatch(1)
watch(1, 'BRANCH', 'JUMP', ret=mon.DISABLE)
mon.register_callback(1, E.LINE, line)
mon.set_events(1, E.BRANCH | E.JUMP | E.LINE)
print(loop(6))
mon.set_events(1, 0)
flush('restart_events inside a LINE callback')
