# Notes and a message of several lines, written to a replaced sys.stderr: the exception line
# is one write() even when the message holds newlines; each line of each note is its own.
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


err = ValueError("first line\nsecond line\n  third, indented")
err.add_note("a note")
err.add_note("a note\nof two lines")
err.add_note("")
sys.stderr = Recorder()
raise err
