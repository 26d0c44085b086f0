# A sys.excepthook that raises: CPython reports the hook's exception, then the original one.
import sys


def hook(exc_type, value, tb):
    print('hook called with', exc_type.__name__)
    return {}[value.args[0]]


sys.excepthook = hook
raise ValueError('original')
