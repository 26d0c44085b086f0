# breakpoint() with the default hook: pdb.set_trace() stops in the caller (commands from sys.stdin)
import io
import sys

sys.stdin = io.StringIO("p x\nwhere 1\nn\np y\nc\n")


def f():
    x = 1
    breakpoint()
    y = x + 1
    return y


print(f())
sys.stdin = io.StringIO("q\n")
try:
    breakpoint()
    print("not reached")
except BaseException as e:
    print(type(e).__name__)
