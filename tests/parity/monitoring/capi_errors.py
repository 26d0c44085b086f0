# _testcapi's monitoring functions given bad input, and the C API's errors: a missing
# exception, DISABLE of an event that cannot be disabled (the callback is removed), a callback
# that raises (its exception propagates, the site stays armed), argument parsing.
import sys
import _testcapi

mon = sys.monitoring
E = mon.events


def attempt(label, f, *args, **kw):
    try:
        print(label, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


cl = _testcapi.CodeLike(2)
attempt('CodeLike()', _testcapi.CodeLike)
attempt('CodeLike(1, 2)', _testcapi.CodeLike, 1, 2)
attempt('CodeLike("a")', _testcapi.CodeLike, 'a')
attempt('CodeLike(1.5)', _testcapi.CodeLike, 1.5)
attempt('CodeLike(2**31)', _testcapi.CodeLike, 2 ** 31)
attempt('CodeLike(-1)', _testcapi.CodeLike, -1)
try:
    class Sub(_testcapi.CodeLike):
        pass
except TypeError as e:
    print('subclass !!', e)
print(repr(cl).startswith('<monitoring.CodeLike object at 0x'), _testcapi.CodeLike.__doc__)

attempt('py_start()', _testcapi.fire_event_py_start)
attempt('py_start(cl)', _testcapi.fire_event_py_start, cl)
attempt('py_start(cl, 0, 1)', _testcapi.fire_event_py_start, cl, 0, 1)
attempt('py_start(1, 0)', _testcapi.fire_event_py_start, 1, 0)
attempt('py_start(None, 0)', _testcapi.fire_event_py_start, None, 0)
attempt('py_start(cl, "x")', _testcapi.fire_event_py_start, cl, 'x')
attempt('py_start(cl, 2**31)', _testcapi.fire_event_py_start, cl, 2 ** 31)
attempt('py_start(cl, -2**31-1)', _testcapi.fire_event_py_start, cl, -2 ** 31 - 1)
attempt('py_start keywords', _testcapi.fire_event_py_start, cl, 0, x=1)
attempt('line(cl, 0, "x")', _testcapi.fire_event_line, cl, 0, 'x')
attempt('call(cl, 0, len)', _testcapi.fire_event_call, cl, 0, len)
attempt('raise(cl, 0)', _testcapi.fire_event_raise, cl, 0)
attempt('enter_scope(1, 2)', _testcapi.monitoring_enter_scope, 1, 2)
attempt('enter_scope(cl, "a")', _testcapi.monitoring_enter_scope, cl, 'a')
attempt('enter_scope keywords', _testcapi.monitoring_enter_scope, cl, 1, x=1)
attempt('exit_scope(1, 2)', _testcapi.monitoring_exit_scope, 1, 2)
attempt('exit_scope keywords', _testcapi.monitoring_exit_scope, x=1)

calls = []


def counter(code, *args):
    if isinstance(code, _testcapi.CodeLike):
        calls.append(args[-1] if args else None)


def disabler(code, *args):
    if isinstance(code, _testcapi.CodeLike):
        calls.append('disable')
        return mon.DISABLE


def raiser(code, *args):
    if isinstance(code, _testcapi.CodeLike):
        raise OSError(42)


mon.use_tool_id(3, 'errors')
EXC = [('PY_THROW', _testcapi.fire_event_py_throw), ('RAISE', _testcapi.fire_event_raise),
       ('C_RAISE', _testcapi.fire_event_c_raise), ('RERAISE', _testcapi.fire_event_reraise),
       ('EXCEPTION_HANDLED', _testcapi.fire_event_exception_handled),
       ('PY_UNWIND', _testcapi.fire_event_py_unwind)]
for name, fn in EXC:
    event = getattr(E, name)
    mon.register_callback(3, event, counter)
    mon.set_events(3, E.CALL if name == 'C_RAISE' else event)
    c = _testcapi.CodeLike(1)
    _testcapi.monitoring_enter_scope(c, 15 if name == 'C_RAISE' else event.bit_length() - 1)
    attempt(name + ' no exception', fn, c, 0, None)
    attempt(name + ' ok', fn, c, 0, ValueError(1))
    mon.register_callback(3, event, disabler)
    attempt(name + ' disable', fn, c, 0, ValueError(2))
    attempt(name + ' callback after disable', mon.register_callback, 3, event, None)
    mon.register_callback(3, event, raiser)
    attempt(name + ' raising callback', fn, c, 0, ValueError(3))
    mon.register_callback(3, event, None)
    mon.set_events(3, 0)
    print(name, calls)
    calls.clear()

# A raising callback of a local event: the exception propagates and the site stays armed.
mon.register_callback(3, E.JUMP, raiser)
mon.set_events(3, E.JUMP)
c = _testcapi.CodeLike(1)
_testcapi.monitoring_enter_scope(c, 7)
attempt('JUMP raising callback', _testcapi.fire_event_jump, c, 0, 8)
print('JUMP state', str(c))
mon.register_callback(3, E.JUMP, counter)
attempt('JUMP again', _testcapi.fire_event_jump, c, 0, 9)
print(calls)
mon.set_events(3, 0)
