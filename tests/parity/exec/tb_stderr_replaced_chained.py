# A chained report written to a replaced sys.stderr: each chain message is one write(), as
# are the headers, frames and exception lines of every exception in the chain.
import sys


class Prefixer:
    calls = 0

    def write(self, text):
        Prefixer.calls += 1
        sys.__stdout__.write("[%d] %r\n" % (Prefixer.calls, text))
        return len(text)

    def flush(self):
        sys.__stdout__.write("flush\n")


def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError("no such key: " + key) from e


def handle():
    try:
        load("alpha")
    except LookupError:
        raise RuntimeError("handling failed")


sys.stderr = Prefixer()
handle()
