# A RecursionError written to a replaced sys.stderr: three frames of the repeated line, then
# "[Previous line repeated N more times]" as one write() of its own.
import sys


class Recorder:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush()\n")


def down(n):
    return down(n + 1) + 1


def start():
    return down(0)


sys.setrecursionlimit(60)
sys.stderr = Recorder()
start()
