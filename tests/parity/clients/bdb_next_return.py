# bdb: next steps over calls, return runs to the end of the frame, until past a loop.
from _transcript import Transcript


def helper(x):
    y = x + 1
    return y * 2


def loop():
    s = 0
    for i in range(3):
        s += i
    s += helper(s)
    return s


def main():
    a = helper(1)
    b = loop()
    return a + b


db = Transcript(["step", "next", "step", "step", "return", "next", "step", "next", "next",
                 "next", "until", "until", "next", "return", "step", "continue"])
print("result", db.runcall(main))
