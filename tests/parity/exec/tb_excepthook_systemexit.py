# A sys.excepthook that raises SystemExit decides the exit status.
import sys


def hook(exc_type, value, tb):
    print('exiting with 3 instead of reporting', exc_type.__name__)
    sys.exit(3)


sys.excepthook = hook
raise RuntimeError('never printed')
