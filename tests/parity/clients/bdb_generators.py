# bdb: stepping into and out of a generator (each resumption is a call).
from _transcript import Transcript


def gen():
    yield 1
    yield 2


def main():
    total = 0
    for v in gen():
        total += v
    return total


db = Transcript(["step"] * 40)
print("result", db.runcall(main))
