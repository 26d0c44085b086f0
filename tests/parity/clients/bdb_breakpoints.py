# bdb: breakpoints by line, conditional and temporary ones, ignore counts, continue between.
import bdb
from _transcript import Transcript


def work(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def main():
    return work(4)


db = Transcript(["continue"] * 10)
line = work.__code__.co_firstlineno + 3
print(db.set_break(__file__, line, cond="i % 2 == 1"))
print(db.set_break(__file__, line + 1, temporary=True))
print(db.set_break(__file__, 999))
bp = db.get_break(__file__, line)
print(bp, [str(b.number) + ":" + str(b.line) for b in db.get_breaks(__file__, line)])
print(db.set_break(__file__, main.__code__.co_firstlineno + 1))
db.get_bpbynumber(3).ignore = 0
print(db.runcall(main))
print(sorted((b.line, b.hits, b.temporary) for b in bdb.Breakpoint.bpbynumber if b))
db.clear_all_breaks()
print(db.get_all_breaks())
