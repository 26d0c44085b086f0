# sys.__excepthook__ called directly writes to a replaced sys.stderr in the same pieces as
# for an uncaught exception; a traceback given apart is shown; a value that is not an
# exception gets the C printer's TypeError line (three writes) and a flush.
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


def fail():
    raise ZeroDivisionError("zero")


sys.stderr = Recorder()
try:
    fail()
except ZeroDivisionError as e:
    sys.__stdout__.write("hook returned %r\n" % (sys.__excepthook__(type(e), e, e.__traceback__),))
    tb = e.__traceback__
bare = KeyError("bare")
sys.__excepthook__(KeyError, bare, tb)
sys.__excepthook__(int, 5, None)
sys.excepthook(TypeError, TypeError("via excepthook"), None)
sys.stderr = sys.__stderr__
print("done")
