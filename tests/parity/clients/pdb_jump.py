# pdb through stdin: jump backwards and forwards within a frame, and jumps pdb refuses.
from _pdbrun import runcall


def count():
    n = 0
    n += 1
    n += 10
    n += 100
    for i in range(2):
        n += 1000
    return n


first = count.__code__.co_firstlineno
runcall(f"""next
next
next
jump {first + 2}
next
p n
jump {first + 5}
p n
jump {first + 7}
jump 1000
next
next
p n, i
continue
""", count)
