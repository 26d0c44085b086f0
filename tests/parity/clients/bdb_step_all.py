# bdb: stepping through everything: call, line, return and exception stops.
from _transcript import Transcript


def square(x):
    return x * x


def total(values):
    acc = 0
    for v in values:
        acc += square(v)
    return acc


def main():
    t = total([1, 2])
    try:
        {}[t]
    except KeyError:
        t += 1
    return t


db = Transcript(["step"] * 60)
print("result", db.runcall(main))
