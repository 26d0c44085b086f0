# sys.exit with a message, sys.stderr replaced by an object without flush(): the message and
# its newline are two writes, and the failed flush at shutdown makes the exit status 120.
import sys


class NoFlush:
    def write(self, text):
        sys.__stdout__.write("write(%r)\n" % (text,))
        return len(text)


sys.stderr = NoFlush()
sys.exit("leaving early")
