# bdb: exception stops as an exception travels up through frames, and where it is caught.
from _transcript import Transcript


def fail(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    return fail(n - 1)


def main():
    try:
        fail(2)
    except ZeroDivisionError as e:
        return str(e)


db = Transcript(["step"] * 40)
print("result", db.runcall(main))
