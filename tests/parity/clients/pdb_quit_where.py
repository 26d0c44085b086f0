# pdb through stdin: where through nested frames, display, quit stops the program.
from _pdbrun import runcall


def c(x):
    return x + 1


def b(x):
    return c(x) * 2


def a():
    return b(1)


runcall("""step
step
step
step
step
where
display x
up
p x
down
next
quit
""", a)
