# A function whose exception handlers do not fit the JIT's method size limit (HotSpot compiles
# no method over 8,000 bytes of bytecode) while its plain code does: it is compiled without its
# handlers, and every exception it catches unwinds to the interpreter, which goes on there. Every
# block must behave alike, traced or not: caught exceptions, `as` clean-up, finally,
# raise ... from, re-raise through a later block, and the line numbers a trace function sees.
import sys

BLOCK = """
    for i in range(n):
        try:
            try:
                if i % 3 == {k} % 3:
                    raise KeyError(i + {k})
                acc.append(table[i])
            finally:
                fin[{k}] += 1
        except KeyError as e:
            acc.append(("K", {k}, e.args[0]))
        except IndexError as e:
            try:
                raise ValueError({k}) from e
            except ValueError as v:
                acc.append(("V", {k}, type(v.__cause__).__name__))
"""
src = "def big(n, table, acc, fin):\n" + "".join(BLOCK.format(k=k) for k in range(4))
src += "    if n > 4:\n        raise LookupError('last', len(acc))\n    return len(acc)\n"
ns = {}
exec(compile(src, "<big>", "exec"), ns)
big = ns["big"]

for rnd in range(3):
    acc, fin = [], [0] * 4
    print(rnd, big(4, [10, 20], acc, fin), acc[:6], acc[-6:], fin)
    acc, fin = [], [0] * 4
    try:
        big(5, [1, 2, 3, 4], acc, fin)
    except LookupError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("caught", e.args, lines, len(acc), fin)

events = []


def tr(frame, event, arg):
    if frame.f_code.co_name == "big":
        if event == "exception":
            events.append((event, frame.f_lineno, arg[0].__name__, str(arg[1])))
        else:
            events.append((event, frame.f_lineno))
    return tr


sys.settrace(tr)
try:
    acc, fin = [], [0] * 4
    r = big(3, [7], acc, fin)
finally:
    sys.settrace(None)
print(r, acc, fin)
print(len(events))
for ev in events[::7]:
    print(ev)
print([ev for ev in events if ev[0] == "exception"][-8:])
