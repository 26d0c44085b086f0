# _socket on real channels (issue 5): TCP over loopback IPv4 and IPv6, UDP, AF_UNIX, socketpair, dup;
# blocking, timeout and non-blocking modes with CPython's errors. Ports and addresses are never printed.
import errno
import os
import socket
import tempfile
import threading

def err(f):
    try:
        r = f()
        print('  ->', repr(r))
    except OSError as e:
        print('  ->', type(e).__name__, e.errno, e)

def echo_server(family, host):
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, 0))
    srv.listen(5)
    def serve():
        for _ in range(2):
            conn, addr = srv.accept()
            with conn:
                peers.append((addr[:2], conn.gettimeout(), conn.family == family))
                while data := conn.recv(4):
                    conn.sendall(data.upper())
    t = threading.Thread(target=serve)
    t.start()
    return srv, t

for family, host in [(socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1')]:
    print(family.name)
    cl_names, peers = [], []
    srv, t = echo_server(family, host)
    addr = srv.getsockname()
    print('bound', addr[0], type(addr[1]).__name__, len(addr), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0,
          srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), srv.type, srv.family)
    for i in range(2):
        c = socket.socket(family, socket.SOCK_STREAM)
        c.connect(addr[:2])
        cl_names.append(c.getsockname())
        print('client peer', c.getpeername()[:2] == addr[:2], c.getblocking(), c.gettimeout())
        c.sendall(b'hello world, ' * 3)
        c.shutdown(socket.SHUT_WR)
        got = b''
        while chunk := c.recv(7):
            got += chunk
        print(got)
        c.close()
    t.join()
    print('server saw the clients', [p[0] for p in peers] == [n[:2] for n in cl_names], [p[1:] for p in peers])
    srv.close()
    print(srv.fileno(), repr(srv)[:24])
    err(lambda: srv.getsockname())

print('refused')
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free = probe.getsockname()
probe.close()
c = socket.socket()
err(lambda: c.connect(free))
print(c.connect_ex(free) == errno.ECONNREFUSED)
c.close()
err(lambda: socket.create_connection(free, timeout=5))

print('timeouts')
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
print(srv.gettimeout(), srv.getblocking(), srv.timeout)
err(lambda: srv.accept())
srv.setblocking(False)
print(srv.gettimeout(), srv.getblocking())
err(lambda: srv.accept())
c = socket.socket()
c.setblocking(False)
err(lambda: c.connect(srv.getsockname()))
conn = None
while conn is None:
    try:
        conn, _ = srv.accept()
    except BlockingIOError:
        pass
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
err(lambda: c.recv(10))
conn.settimeout(0.05)
err(lambda: conn.recv(10))
conn.sendall(b'x')
import select
print(select.select([c], [], [], 5)[0] == [c])
print(c.recv(10))
for bad in [lambda: c.settimeout(-1), lambda: c.recv(-1), lambda: c.send('str'), lambda: c.connect(('127.0.0.1', 70000)),
            lambda: c.connect('127.0.0.1'), lambda: c.bind(('127.0.0.1',))]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
conn.close(); c.close(); srv.close()

print('udp')
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendto(b'datagram one', u.getsockname()))
data, src = u.recvfrom(100)
print(data, src[0], src[1] == v.getsockname()[1])
v.connect(u.getsockname())
v.send(b'datagram two')
buf = bytearray(8)
print(u.recv_into(buf), buf)
u.settimeout(0.05)
err(lambda: u.recvfrom(10))
u.close(); v.close()

print('unix')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'sock')
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen()
    print(srv.getsockname() == path, os.path.exists(path))
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path)
    conn, addr = srv.accept()
    print(repr(addr), c.getpeername() == path)
    c.sendall(b'over unix')
    print(conn.recv(100))
    for s in (c, conn, srv):
        s.close()
    err(lambda: socket.socket(socket.AF_UNIX).connect(os.path.join(d, 'missing')))

print('socketpair and dup')
a, b = socket.socketpair()
print(a.family.name, a.type.name, b.getsockname(), a.getpeername())
a.sendall(b'one')
print(b.recv(10))
b2 = b.dup()
print(b2.fileno() != b.fileno())
b.close()
a.sendall(b'two')
print(b2.recv(10))
f = a.makefile('wb')
f.write(b'line\n'); f.flush(); f.close()
print(b2.makefile('rb').readline())
print(os.write(a.fileno(), b'raw'), os.read(b2.fileno(), 10))
a.close()
print(b2.recv(10))
b2.close()
err(lambda: socket.socketpair(socket.AF_INET))
