# os.get_inheritable/set_inheritable and os.get_blocking/set_blocking (PEP 446) on pipes,
# files, sockets and duplicates; a non-blocking pipe or socket raises BlockingIOError.
import os
import socket
import tempfile

r, w = os.pipe()
print("pipe inheritable", os.get_inheritable(r), os.get_inheritable(w))
print("pipe blocking", os.get_blocking(r), os.get_blocking(w))
os.set_inheritable(r, True)
print("after set_inheritable", os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(r, False)
print("after clearing", os.get_inheritable(r))

os.set_blocking(r, False)
print("non-blocking", os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("empty pipe:", type(e).__name__, e.errno, e)
os.write(w, b"abc")
print("with data:", os.read(r, 10))
try:
    os.read(r, 10)
except OSError as e:
    print("drained:", type(e).__name__, e)
os.set_blocking(r, True)
print("blocking again", os.get_blocking(r))
os.write(w, b"xyz")
print(os.read(r, 10))
os.close(w)
os.set_blocking(r, False)
print("at end of file:", os.read(r, 10))
os.close(r)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    print("file", os.get_inheritable(fd), os.get_blocking(fd))
    fd2 = os.dup(fd)
    print("dup", fd2 != fd, os.get_inheritable(fd2))
    fd3 = fd2 + 5
    print("dup2 ->", os.dup2(fd, fd3) == fd3, os.get_inheritable(fd3))
    os.close(fd3)
    fd3 = os.dup2(fd, fd3, inheritable=False)
    print("dup2 inheritable=False", os.get_inheritable(fd3))
    os.set_blocking(fd, False)
    print("file non-blocking", os.get_blocking(fd), os.get_blocking(fd2))
    os.write(fd, b"data")
    os.lseek(fd, 0, 0)
    print("file read", os.read(fd, 10))
    for f in (fd, fd2, fd3):
        os.close(f)

a, b = socket.socketpair()
print("socket inheritable", os.get_inheritable(a.fileno()), a.get_inheritable())
print("socket blocking", os.get_blocking(a.fileno()), a.getblocking())
a.setblocking(False)
print("setblocking(False)", os.get_blocking(a.fileno()), a.getblocking())
try:
    os.read(a.fileno(), 5)
except BlockingIOError as e:
    print("empty socket:", type(e).__name__, e)
b.sendall(b"hello")
import select
select.select([a], [], [], 5)
print("socket data", os.read(a.fileno(), 5))
a.settimeout(2.5)
print("settimeout", os.get_blocking(a.fileno()), a.gettimeout())
a.settimeout(None)
print("settimeout(None)", os.get_blocking(a.fileno()))
a.set_inheritable(True)
print("socket set_inheritable", a.get_inheritable(), os.get_inheritable(a.fileno()))
a.close()
b.close()

print("stdio", os.get_inheritable(0), os.get_inheritable(1), os.get_inheritable(2))
for call in (lambda: os.get_inheritable(999), lambda: os.set_inheritable(999, True),
             lambda: os.get_blocking(999), lambda: os.set_blocking(999, False)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)

# os.pipe2: O_NONBLOCK and O_CLOEXEC at creation
r, w = os.pipe2(os.O_NONBLOCK)
print("pipe2 O_NONBLOCK", os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r), os.get_inheritable(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("pipe2 read:", e)
os.close(r)
os.close(w)
r, w = os.pipe2(os.O_CLOEXEC)
print("pipe2 O_CLOEXEC", os.get_blocking(r), os.get_inheritable(r), os.get_inheritable(w))
os.close(r)
os.close(w)
for bad in (1, -1, "x", os.O_APPEND):
    try:
        print(os.pipe2(bad))
    except Exception as e:
        print(type(e).__name__, e)
