# C-level trace functions installed with PyEval_SetTrace (_testcapi.settrace_to_record and
# settrace_to_error): the events a C tracer receives (no f_trace indirection: every event goes to
# the one function, with the frame's line), and an error from one, which stays installed.
import sys
import _testcapi

NAMES = ['call', 'exception', 'line', 'return', 'c_call', 'c_exception', 'c_return', 'opcode']


def gen():
    yield 1


def func():
    for _ in (
        gen()
    ):
        pass
    try:
        raise KeyError(1)
    except KeyError:
        pass
    return len('ab')


def report(events, base):
    for what, line, arg in events:
        shown = type(arg).__name__ if isinstance(arg, tuple) else repr(arg)
        print(' ', NAMES[what], line - base, shown)


events = []
_testcapi.settrace_to_record(events); func(); sys.settrace(None)
report(events, func.__code__.co_firstlineno)
print('gettrace after C tracer:', sys.gettrace())

# sys.gettrace() gives a C tracer's object (the list), as CPython's c_traceobj.
_testcapi.settrace_to_record(events); current = sys.gettrace(); sys.settrace(None)
print('gettrace during C tracer is the list:', current is events)

for bad in ((), (1,), ([], [])):
    try:
        _testcapi.settrace_to_record(*bad)
    except TypeError as e:
        print('settrace_to_record', len(bad), '!!', e)
try:
    _testcapi.settrace_to_error(list=[])
except TypeError as e:
    print('keywords !!', e)


def victim():
    x = 1
    return x


marker = []
try:
    _testcapi.settrace_to_error(marker)
    victim()
except Exception as e:
    print('raised', type(e).__name__, e, marker)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('traceback', names)
finally:
    sys.settrace(None)
print(victim(), marker)
