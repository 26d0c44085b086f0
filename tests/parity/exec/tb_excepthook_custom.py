# An uncaught exception goes to sys.excepthook (type, value, traceback) after sys.last_exc and
# the legacy last_type/last_value/last_traceback are set; the exit status stays 1.
import sys

print(sys.excepthook is sys.__excepthook__, type(sys.excepthook).__name__, sys.excepthook.__name__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
sys.excepthook(ValueError, ValueError('shown by the default hook'), None)
sys.excepthook(TypeError, 'not an exception', None)


def hook(exc_type, value, tb):
    print('hook got', exc_type.__name__, repr(value), type(tb).__name__, tb.tb_frame.f_code.co_name)
    print('last_exc is value', sys.last_exc is value, sys.last_type is exc_type,
          sys.last_value is value, sys.last_traceback is tb)
    print('in the hook', file=sys.stderr)


sys.excepthook = hook


def fail():
    raise LookupError('uncaught')


fail()
