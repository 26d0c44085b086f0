# pdb through stdin: break at a line and at a function, conditions, tbreak, list breaks, clear.
from _pdbrun import runcall
import pdb


def square(x):
    y = x * x
    return y


def total(values):
    acc = 0
    for v in values:
        acc += square(v)
    return acc


line = total.__code__.co_firstlineno + 3
runcall(f"""break {line}
break square
condition 2 x == 3
break
continue
p v, acc
continue
p x
tbreak {line + 1}
continue
disable 1
continue
clear 2
break
continue
""", total, [1, 2, 3, 4])
pdb.bdb.Breakpoint.clearBreakpoints()
