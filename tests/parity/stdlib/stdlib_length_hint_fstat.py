# operator.length_hint on the built-in iterators (their __length_hint__, as they are consumed and
# when their container changes), and os.fstat on pipes and sockets (issue 5's small gaps).
import operator
import os
import socket
import stat

def hints(it):
    out = [operator.length_hint(it)]
    for _ in it:
        out.append(it.__length_hint__())
    return out

for make in [lambda: iter([1, 2, 3]), lambda: iter((1, 2)), lambda: iter(range(5)), lambda: iter(range(10, 0, -3)),
             lambda: iter('abc'), lambda: iter('héllo'), lambda: iter(b'ab'), lambda: iter({1: 2, 3: 4}),
             lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()), lambda: iter({1, 2, 3}), lambda: reversed([1, 2])]:
    it = make()
    print(type(it).__name__, hints(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(operator.length_hint(it))
lst.clear()
print(operator.length_hint(it), list(it))
d = {1: 2}
it = iter(d)
d[3] = 4
print(operator.length_hint(it))
print(operator.length_hint(map(str, [1]), 7), operator.length_hint(iter([]), 5))

r, w = os.pipe()
a, b = socket.socketpair()
for fd in (r, w, a.fileno()):
    m = os.fstat(fd).st_mode
    print(stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISREG(m))
for fd in (r, w):
    os.close(fd)
a.close()
b.close()
