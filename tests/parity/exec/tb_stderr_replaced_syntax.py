# A SyntaxError from compile(), uncaught, written to a replaced sys.stderr: the File line,
# the source line, the carets and the message are separate writes, then a note.
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


def build(source):
    try:
        return compile(source, "<generated>", "exec")
    except SyntaxError as e:
        e.add_note("while building the generated module")
        raise


sys.stderr = Recorder()
build("x = 1\nif x\n    pass\n")
