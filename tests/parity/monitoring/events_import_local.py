# Imports run while a sys.monitoring tool takes PY_START, CALL and PY_RETURN everywhere:
# CPython runs importlib's Python code, so the tool sees _find_and_load and the rest of
# <frozen importlib._bootstrap>, the callables they call (C functions, bound methods, the
# module's body through exec). Only modules of this folder are imported (a search of the
# standard library walks sys.path entries pyjama does not list).
import sys

mon = sys.monitoring
E = mon.events
events = []


def callee_name(c):
    return getattr(c, '__qualname__', None) or type(c).__name__


def start(code, offset):
    events.append(f"PY_START {code.co_filename.rsplit('/', 1)[-1]}:{code.co_name} {offset}")


def call(code, offset, callee, arg0):
    events.append(f"CALL {code.co_name} {offset} {callee_name(callee)}")


def ret(code, offset, value):
    events.append(f"PY_RETURN {code.co_name} {offset}")


mon.use_tool_id(3, 'import-events')
mon.register_callback(3, E.PY_START, start)
mon.register_callback(3, E.CALL, call)
mon.register_callback(3, E.PY_RETURN, ret)
mon.set_events(3, E.PY_START | E.CALL | E.PY_RETURN)
import _impev_mod
from _impev_pkg import sub
mon.set_events(3, 0)
mon.free_tool_id(3)

for line in events:
    print(line)
print(_impev_mod.VALUE, sub.SUB)
