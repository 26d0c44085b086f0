# bdb.Bdb.run on a source string and runeval; set_trace inside a function.
from _transcript import Transcript


def double(x):
    return 2 * x


db = Transcript(["step"] * 20)
db.run("a = double(3)\nb = a + 1", globals())
print(a, b)
db = Transcript(["next", "next", "continue"])
print(db.runeval("double(4) + 1", globals()))


def traced():
    db.set_trace()
    q = double(5)
    return q


db = Transcript(["next", "next", "next", "continue"])
print(traced())
import sys
sys.settrace(None)
