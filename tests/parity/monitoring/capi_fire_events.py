# PEP 669's C API through _testcapi (Modules/_testcapi/monitoring.c): CodeLike objects, the
# scope that arms their per-site states from the global event sets (only when the monitoring
# version moved), every fire_event_* function, what callbacks receive, DISABLE at a site, and
# two tools on one event. Only events fired for a CodeLike are recorded.
import sys
import _testcapi

mon = sys.monitoring
E = mon.events
log = []


def show(a):
    if isinstance(a, _testcapi.CodeLike):
        return 'CodeLike'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    return repr(a) if isinstance(a, (int, str, tuple, type(None))) else getattr(a, '__name__', type(a).__name__)


def recorder(tool, name, disable=False):
    def cb(code, *args):
        if not isinstance(code, _testcapi.CodeLike):
            return None
        log.append('%d %s %s' % (tool, name, ' '.join(show(a) for a in (code,) + args)))
        return mon.DISABLE if disable else None
    return cb


def flush(title, result):
    print(title, '->', result, '|', '; '.join(log))
    log.clear()


NAMES = ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'JUMP', 'BRANCH',
         'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'RERAISE',
         'C_RETURN', 'C_RAISE']
mon.use_tool_id(2, 'one')
mon.use_tool_id(4, 'two')
for n in NAMES:
    mon.register_callback(2, getattr(E, n), recorder(2, n))

cl = _testcapi.CodeLike(4)
print(type(cl).__name__, type(cl).__module__, str(cl))
print(str(_testcapi.CodeLike(0)))

# Before any event is set, entering a scope arms nothing (the version is still the CodeLike's).
_testcapi.monitoring_enter_scope(cl, 0)
print('scope before events:', str(cl))
print('fire inactive:', _testcapi.fire_event_py_start(cl, 0), log)

# Every event the API fires, each at site 0 with the tools of its own event.
FIRE = [
    ('PY_START', _testcapi.fire_event_py_start, ()),
    ('PY_RESUME', _testcapi.fire_event_py_resume, ()),
    ('PY_RETURN', _testcapi.fire_event_py_return, (20,)),
    ('PY_YIELD', _testcapi.fire_event_py_yield, ('y',)),
    ('CALL', _testcapi.fire_event_call, (len, 40)),
    ('LINE', _testcapi.fire_event_line, (42,)),
    ('JUMP', _testcapi.fire_event_jump, (60,)),
    ('BRANCH', _testcapi.fire_event_branch, (70,)),
    ('STOP_ITERATION', _testcapi.fire_event_stop_iteration, (7,)),
    ('STOP_ITERATION', _testcapi.fire_event_stop_iteration, (StopIteration(8),)),
    ('STOP_ITERATION', _testcapi.fire_event_stop_iteration, (None,)),
    ('STOP_ITERATION', _testcapi.fire_event_stop_iteration, ((1, 2),)),
    ('RAISE', _testcapi.fire_event_raise, (ValueError(2),)),
    ('EXCEPTION_HANDLED', _testcapi.fire_event_exception_handled, (KeyError(5),)),
    ('PY_UNWIND', _testcapi.fire_event_py_unwind, (ValueError(6),)),
    ('PY_THROW', _testcapi.fire_event_py_throw, (ValueError(1),)),
    ('RERAISE', _testcapi.fire_event_reraise, (TypeError(3),)),
    ('C_RETURN', _testcapi.fire_event_c_return, (99,)),
    ('C_RAISE', _testcapi.fire_event_c_raise, (OSError(4),)),
    ('RAISE', _testcapi.fire_event_raise, ('not an exception',)),
]
for name, fn, args in FIRE:
    event = getattr(E, name)
    mon.set_events(2, E.CALL if name in ('C_RETURN', 'C_RAISE') else event)
    c = _testcapi.CodeLike(2)
    _testcapi.monitoring_enter_scope(c, event.bit_length() - 1)
    flush('%s %s%r' % (fn.__name__, name, args), fn(c, 0, *args))
    # site 1 was not armed: nothing fires there
    flush('  site 1', fn(c, 1, *args))
    mon.set_events(2, 0)

# The scope is re-read only when the monitoring version moved.
mon.set_events(2, E.PY_START | E.PY_RETURN)
c = _testcapi.CodeLike(3)
_testcapi.monitoring_enter_scope(c, 0, 2)
print('two events:', str(c))
_testcapi.monitoring_enter_scope(c, 2)
print('same version, other event:', str(c))
mon.set_events(4, E.PY_RETURN)
mon.register_callback(4, E.PY_RETURN, recorder(4, 'PY_RETURN'))
_testcapi.monitoring_enter_scope(c, 2, 0)
print('new version:', str(c))
flush('two tools', _testcapi.fire_event_py_return(c, 0, 'r'))
mon.set_events(4, 0)
mon.register_callback(4, E.PY_RETURN, None)

# DISABLE takes the tool off the site's state only; entering the scope again at the same
# version keeps it off, a new version re-arms it.
mon.register_callback(2, E.PY_YIELD, recorder(2, 'PY_YIELD', disable=True))
mon.set_events(2, E.PY_YIELD)
c = _testcapi.CodeLike(2)
_testcapi.monitoring_enter_scope(c, 3, 3)
flush('yield site 0', _testcapi.fire_event_py_yield(c, 0, 1))
flush('yield site 0 again', _testcapi.fire_event_py_yield(c, 0, 2))
flush('yield site 1', _testcapi.fire_event_py_yield(c, 1, 3))
_testcapi.monitoring_enter_scope(c, 3, 3)
flush('same version', _testcapi.fire_event_py_yield(c, 0, 4))
mon.restart_events()
_testcapi.monitoring_enter_scope(c, 3, 3)
flush('after restart_events', _testcapi.fire_event_py_yield(c, 0, 5))
print('exit_scope:', _testcapi.monitoring_exit_scope())
mon.set_events(2, 0)

# C_RETURN and C_RAISE: 3.13.0 reads the flags after its event table (set once sys.setprofile
# and sys.settrace were used), so their sites arm tool 0 only after that.
mon.use_tool_id(0, 'zero')
mon.register_callback(0, E.C_RETURN, recorder(0, 'C_RETURN'))
mon.register_callback(0, E.C_RAISE, recorder(0, 'C_RAISE'))
mon.set_events(0, E.CALL)
for step in ('before', 'setprofile', 'settrace'):
    if step == 'setprofile':
        sys.setprofile(lambda *a: None); sys.setprofile(None)
    if step == 'settrace':
        sys.settrace(lambda *a: None); sys.settrace(None)
    c = _testcapi.CodeLike(2)
    _testcapi.monitoring_enter_scope(c, 15, 16)
    print(step, str(c))
    flush('  c_return', _testcapi.fire_event_c_return(c, 0, 1))
    flush('  c_raise', _testcapi.fire_event_c_raise(c, 1, KeyError(2)))
mon.set_events(0, 0)
