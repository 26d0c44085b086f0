# select.select, select.poll and selectors.DefaultSelector over sockets, pipes and socketpairs
# (issue 10: what asyncio waits with). Waits are short and every outcome is forced by the program.
import os
import select
import selectors
import socket
import threading
import time

a, b = socket.socketpair()
r, w = os.pipe()
print(select.select([a, b, r], [], [], 0))
print(select.select([], [a], [], 0) == ([], [a], []))
b.send(b'x')
os.write(w, b'y')
rl, wl, xl = select.select([a, b, r], [a, w], [], 1)
print(rl == [a, r], wl == [a, w], xl)
print(a.recv(1), os.read(r, 1))
t0 = time.monotonic()
print(select.select([a, r], [], [], 0.05), time.monotonic() - t0 >= 0.04)

p = select.poll()
p.register(a, select.POLLIN)
p.register(r, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted(p.poll(0)) == [(b.fileno(), select.POLLOUT)])
b.send(b'z')
print(sorted(p.poll(1000)) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)]))
p.modify(b, select.POLLIN)
print(p.poll(0) == [(a.fileno(), select.POLLIN)])
p.unregister(a)
print(p.poll(10))
a.recv(1)

# a thread wakes a selector that waits without a timeout
def later():
    time.sleep(0.05)
    b.send(b'wake')
threading.Thread(target=later).start()
print(select.select([a], [], []) == ([a], [], []), a.recv(10))

# a listening socket is readable when a connection waits; a connecting one writable when done
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
print(select.select([srv], [], [], 0)[0])
c = socket.socket()
c.setblocking(False)
print(c.connect_ex(srv.getsockname()) in (0, 115))
print(select.select([srv], [], [], 5)[0] == [srv], select.select([], [c], [], 5)[1] == [c])
conn, _ = srv.accept()
conn.sendall(b'data')
conn.close()
print(select.select([c], [], [], 5)[0] == [c], c.recv(10), c.recv(10))
c.close()

sel = selectors.DefaultSelector()
print(isinstance(sel, selectors.BaseSelector))
sel.register(a, selectors.EVENT_READ, 'a-data')
sel.register(r, selectors.EVENT_READ, 'pipe-data')
sel.register(b, selectors.EVENT_WRITE, 'b-data')
print([(k.fileobj is b, k.data, ev) for k, ev in sel.select(0)])
os.write(w, b'q')
b.send(b'r')
print(sorted((k.data, ev) for k, ev in sel.select(1)))
print(sel.get_key(a).events, len(sel.get_map()))
sel.unregister(b)
print(sorted(k.data for k, ev in sel.select(0)))
sel.close()
for s in (a, b, srv):
    s.close()
os.close(r); os.close(w)
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
