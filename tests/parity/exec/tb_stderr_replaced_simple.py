# An uncaught exception's report reaches a Python object standing in for sys.stderr as the
# pieces traceback.py yields: one write() per frame and per line of the exception part, each
# followed by the empty write() of print(..., end="").
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


def divide(a, b):
    return a / b


def outer():
    return divide(1, 0)


print("before", flush=True)
sys.stderr = Recorder()
outer()
