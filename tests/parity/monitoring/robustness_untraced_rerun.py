# Robustness: callbacks that raise (for each local event and for exception events), callbacks
# that free their own tool, change other tools' events, or call restart_events; after each,
# the code runs again untraced and must print what it printed before any tool existed
# (code objects are never left damaged).
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


def subject(n):
    out = []
    for i in range(n):
        try:
            if i == 2:
                raise KeyError(i)
            if i % 2:
                out.append(str(i))
            else:
                out.append(len(out))
        except Exception:
            out.append('?')
    return out


def gsubject(n):
    for i in range(n):
        yield i * i
    return 'g'


def consume(n):
    return [x for x in gsubject(n)]


def baseline():
    return subject(4), consume(3)


EXPECTED = baseline()
print('baseline', EXPECTED)


def check(title):
    got = baseline()
    print(title, 'unchanged' if got == EXPECTED else 'CHANGED %r' % (got,))


class Boom(Exception):
    pass


T = 4
mon.use_tool_id(T, 'robust')
for name in ('PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'INSTRUCTION', 'JUMP', 'BRANCH',
             'STOP_ITERATION', 'RAISE', 'C_RETURN'):
    fired = []

    def raising(code, *args, name=name):
        if code.co_name in ('subject', 'gsubject', 'consume') and not fired:
            fired.append(name)
            raise Boom(name)

    event = getattr(E, name)
    mon.register_callback(T, event, raising)
    mon.set_events(T, event | (E.CALL | E.C_RAISE if name == 'C_RETURN' else 0))
    try:
        print(name, subject(3), consume(2), consume(3))
    except Boom as e:
        print(name, 'raised Boom', e)
    mon.set_events(T, 0)
    mon.register_callback(T, event, None)
    check('  after a raising %s callback:' % name)

# A callback that frees its own tool while events are set (3.13.0 keeps the events).
calls = []


def freeing(code, line):
    if code.co_name == 'subject':
        calls.append(line - code.co_firstlineno)
        if len(calls) == 2:
            mon.free_tool_id(T)
            print('  freed; get_tool:', mon.get_tool(T), 'events:', mon.get_events(T))


mon.register_callback(T, E.LINE, freeing)
mon.set_events(T, E.LINE)
print('freeing', subject(2), calls)
try:
    mon.set_events(T, 0)
except ValueError as e:
    print('  set_events after free:', e)
mon.use_tool_id(T, 'again')
print('  reclaimed, events still', mon.get_events(T))
mon.set_events(T, 0)
mon.register_callback(T, E.LINE, None)
check('  after freeing its own tool:')

# A callback of one tool switching another tool's events on and off.
mon.use_tool_id(5, 'other')
watch(5, 'LINE', 'BRANCH')
switches = []


def switcher(code, offset):
    if code.co_name == 'subject':
        switches.append(offset)
        mon.set_events(5, E.BRANCH if len(switches) % 2 else E.LINE)


mon.register_callback(T, E.PY_START, switcher)
mon.set_events(T, E.PY_START)
print('switcher', subject(3), subject(1))
mon.set_events(T, 0)
mon.set_events(5, 0)
flush('  tool 5 saw')
check('  after switching another tool:')

# restart_events called from inside a callback, after some sites were disabled.
seen = []


def disabler(code, line):
    if code.co_name == 'subject':
        seen.append(line - code.co_firstlineno)
        return mon.DISABLE


def restarter(code, offset, value):
    if code.co_name == 'subject':
        mon.restart_events()


mon.register_callback(T, E.LINE, disabler)
mon.set_events(T, E.LINE)
subject(3)
first = list(seen)
seen.clear()
subject(3)
print('disabled lines', first, 'then', seen)
seen.clear()
mon.register_callback(T, E.PY_RETURN, restarter)
mon.set_events(T, E.LINE | E.PY_RETURN)
subject(2)
subject(2)
print('with restart_events in PY_RETURN', seen)
mon.set_events(T, 0)
check('  after restart_events in a callback:')
