# pdb through stdin: until (leave a loop, run to a line), return, up/down, args.
from _pdbrun import runcall


def inner(k):
    r = k * 2
    return r


def outer(n):
    s = 0
    for i in range(n):
        s += i
    s += inner(s)
    t = s + 1
    return t


first = outer.__code__.co_firstlineno
runcall(f"""next
next
next
until
until
until {first + 4}
step
args
up
p s
down
return
next
p s
return
continue
""", outer, 3)
