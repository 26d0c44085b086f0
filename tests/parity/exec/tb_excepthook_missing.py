# Without sys.excepthook, CPython says so and prints the traceback itself; the exit status
# is 1.
import sys

del sys.excepthook
print('deleted', hasattr(sys, 'excepthook'), callable(sys.__excepthook__))
1 / 0
