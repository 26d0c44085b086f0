# A nested ExceptionGroup written to a replaced sys.stderr: the box lines, the indented
# frames and exception lines of every member arrive as traceback.py yields them.
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


def fail(exc):
    raise exc


def collect(excs):
    errors = []
    for exc in excs:
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    return errors


inner = ExceptionGroup("inner", collect([TypeError("bad type"), KeyError("k")]))
note = ValueError("multi\nline")
note.add_note("noted")
sys.stderr = Recorder()
raise ExceptionGroup("outer", [inner, *collect([note, OSError(2, "missing")])])
