# Functions too large for one JVM method (HotSpot compiles none over 8,000 bytes of bytecode):
# the JIT compiles them as several methods, each a range of the code, and a jump from one
# range to another goes through a small dispatcher. Loops, exception handlers, generators
# (suspended and resumed in any range, thrown into), returns and the events a trace function
# sees must be the same as with one method: the blocks below run untraced, then traced (line
# events counted, an f_lineno jump made in a late block), then untraced again.
import sys

BLOCK = """
        for i in range(n):
            x = i * {k} + len(acc) + rnd
            if x % 7 == {k} % 7:
                try:
                    if i % 5 == 1:
                        raise ValueError(x)
                    acc.append(d.get(x % 11, -1))
                except ValueError as e:
                    acc.append(("E", {k}, e.args[0] % 13))
            elif x % 3:
                d[x % 11] = d.get(x % 11, 0) + {k}
            else:
                s.add(x % 17)
        marks.append({k})
"""
src = "def big(n, rounds, acc, d, s, marks):\n    total = 0\n    for rnd in range(rounds):\n"
src += "".join(BLOCK.format(k=k) for k in range(12))
src += "        total += len(acc) + len(d) + len(s)\n"
src += "        if rnd == 2 and n > 9:\n            raise LookupError('late', len(acc))\n"
src += "    return total\n"

GBLOCK = """
    for i in range(n):
        v = i * {k} + got
        if v % 4 == 1:
            try:
                got = yield ("a", {k}, v)
                if got == -1:
                    raise KeyError({k})
            except KeyError as e:
                got = yield ("k", {k}, e.args[0])
            except ZeroDivisionError:
                got = yield ("z", {k}, i)
        elif v % 4 == 2:
            got = (yield ("b", {k}, v)) or 0
        else:
            got = i
    got = got or 0
"""
gsrc = "def gen(n):\n    got = 0\n" + "".join(GBLOCK.format(k=k) for k in range(10)) + "    return ('done', got)\n"
ns = {}
exec(compile(src, "<big>", "exec"), ns)
exec(compile(gsrc, "<gen>", "exec"), ns)
big, gen = ns["big"], ns["gen"]


def run_big(label):
    out = []
    for call in range(40):
        acc, d, s, marks = [], {}, set(), []
        try:
            r = big(6, 3, acc, d, s, marks)
        except LookupError as e:
            tb = e.__traceback__
            r = ("raised", e.args, tb.tb_next.tb_lineno if tb.tb_next else None)
        out.append((r, acc, sorted(d.items()), sorted(s), marks))
    late = []
    try:
        big(10, 5, late, {}, set(), [])
    except LookupError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(label, "raised", e.args, tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print(label, "big", out[0], out[-1], len(set(map(repr, out))))


def run_gen(label):
    results = []
    for call in range(40):
        g = gen(7)
        items = []
        v = next(g)
        step = 0
        try:
            while True:
                items.append(v)
                step += 1
                if v[0] == "a" and step % 3 == 0:  # inside a try: caught there
                    v = g.throw(ZeroDivisionError)
                elif v[0] == "a" and step % 3 == 1:
                    v = g.send(-1)
                else:
                    v = g.send(step)
        except StopIteration as e:
            items.append(("stop", e.value))
        results.append(items)
    g = gen(7)
    next(g)
    for _ in range(20):
        g.send(3)
    g.close()
    print(label, "gen", len(results[0]), results[0], len(set(map(repr, results))), g.gi_frame)


run_big("plain")
run_gen("plain")

counts = {}
jumped = []


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename in ("<big>", "<gen>"):
        key = (code.co_name, event)
        counts[key] = counts.get(key, 0) + 1
        if event == "line" and code.co_name == "big" and frame.f_lineno == JUMP_FROM and not jumped:
            jumped.append(frame.f_lineno)
            frame.f_lineno = JUMP_FROM + 1  # skip one append to marks, once
    return tracer


# the line of the 10th block's "marks.append(9)"
JUMP_FROM = src.split("\n").index("        marks.append(9)") + 1
sys.settrace(tracer)
run_big("traced")
run_gen("traced")
sys.settrace(None)
print("events", sorted(counts.items()))
print("jumped", jumped)
run_big("after")
run_gen("after")
