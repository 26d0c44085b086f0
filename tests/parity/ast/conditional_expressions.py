a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
x = lambda: a if b else c
x = [a if b else c for d in e]
x = [a for b in c if d if e]
f(a if b else c)
a or b if c and d else not e
