# pdb through stdin: step into calls, next over them, where, p.
from _pdbrun import runcall


def square(x):
    y = x * x
    return y


def total(values):
    acc = 0
    for v in values:
        acc += square(v)
    return acc


runcall("""step
step
step
step
where
p acc, values
next
next
step
p x
next
next
next
p acc
continue
""", total, [2, 3])
