# fcntl: its constants, F_GETFD/F_SETFD (FD_CLOEXEC), F_GETFL/F_SETFL (O_NONBLOCK, O_APPEND),
# F_DUPFD(_CLOEXEC), flock and lockf on real files, ioctl, and the errors of bad arguments.
import array
import fcntl
import os
import socket
import struct
import tempfile

names = sorted(n for n in dir(fcntl) if not n.startswith("_"))
print(len(names), names)
print({n: getattr(fcntl, n) for n in names if isinstance(getattr(fcntl, n), int)})


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = tempfile.mkdtemp()
p = os.path.join(d, "lock.txt")
with open(p, "w") as f:
    f.write("content")

a = os.open(p, os.O_RDWR)
b = os.open(p, os.O_RDWR)
ro = os.open(p, os.O_RDONLY)
ap = os.open(p, os.O_WRONLY | os.O_APPEND)

# descriptor flags
t("getfd", lambda: fcntl.fcntl(a, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
t("setfd 0", lambda: fcntl.fcntl(a, fcntl.F_SETFD, 0))
t("getfd after", lambda: (fcntl.fcntl(a, fcntl.F_GETFD), os.get_inheritable(a)))
t("setfd cloexec", lambda: fcntl.fcntl(a, fcntl.F_SETFD, fcntl.FD_CLOEXEC))
t("inheritable", lambda: os.get_inheritable(a))

# status flags
acc = os.O_ACCMODE
t("getfl rdwr", lambda: fcntl.fcntl(a, fcntl.F_GETFL) & (acc | os.O_APPEND | os.O_NONBLOCK))
t("getfl ro", lambda: fcntl.fcntl(ro, fcntl.F_GETFL) & (acc | os.O_APPEND | os.O_NONBLOCK))
t("getfl append", lambda: fcntl.fcntl(ap, fcntl.F_GETFL) & (acc | os.O_APPEND | os.O_NONBLOCK))
fl = fcntl.fcntl(a, fcntl.F_GETFL)
t("setfl nonblock|append", lambda: fcntl.fcntl(a, fcntl.F_SETFL, fl | os.O_NONBLOCK | os.O_APPEND))
t("getfl now", lambda: fcntl.fcntl(a, fcntl.F_GETFL) & (acc | os.O_APPEND | os.O_NONBLOCK))
t("get_blocking", lambda: os.get_blocking(a))
os.write(a, b"+more")
with open(p) as f:
    print("appended:", f.read())
t("setfl back", lambda: fcntl.fcntl(a, fcntl.F_SETFL, fl))
t("getfl back", lambda: fcntl.fcntl(a, fcntl.F_GETFL) & (acc | os.O_APPEND | os.O_NONBLOCK))

# pipes become really non-blocking
r, w = os.pipe()
t("pipe getfl", lambda: (fcntl.fcntl(r, fcntl.F_GETFL), fcntl.fcntl(w, fcntl.F_GETFL)))
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)
t("pipe read nonblocking", lambda: os.read(r, 5))
os.write(w, b"data")
t("pipe read data", lambda: os.read(r, 5))
t("pipe size", lambda: fcntl.fcntl(r, fcntl.F_GETPIPE_SZ))
t("file pipe size", lambda: fcntl.fcntl(a, fcntl.F_GETPIPE_SZ))

# sockets
s1, s2 = socket.socketpair()
t("socket getfl", lambda: fcntl.fcntl(s1, fcntl.F_GETFL) & (acc | os.O_NONBLOCK))
s1.setblocking(False)
t("socket getfl nonblocking", lambda: fcntl.fcntl(s1, fcntl.F_GETFL) & (acc | os.O_NONBLOCK))
t("socket os.read", lambda: os.read(s1.fileno(), 5))
s1.close()
s2.close()

# duplicates
t("dupfd", lambda: fcntl.fcntl(a, fcntl.F_DUPFD, 40))
t("dupfd inheritable", lambda: (os.get_inheritable(40), fcntl.fcntl(40, fcntl.F_GETFD)))
t("dupfd again", lambda: fcntl.fcntl(a, fcntl.F_DUPFD, 40))
t("dupfd_cloexec", lambda: fcntl.fcntl(a, fcntl.F_DUPFD_CLOEXEC, 50))
t("dupfd_cloexec flags", lambda: (os.get_inheritable(50), fcntl.fcntl(50, fcntl.F_GETFD)))
t("dup shares status", lambda: fcntl.fcntl(50, fcntl.F_GETFL) == fcntl.fcntl(a, fcntl.F_GETFL))
for fd in (40, 41, 50):
    os.close(fd)

# flock: per open file description
t("flock ex a", lambda: fcntl.flock(a, fcntl.LOCK_EX))
t("flock ex nb b", lambda: fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
t("flock sh nb b", lambda: fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("flock again a", lambda: fcntl.flock(a, fcntl.LOCK_EX | fcntl.LOCK_NB))
da = os.dup(a)
t("flock dup of a", lambda: fcntl.flock(da, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("flock sh nb b now", lambda: fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("flock sh ro", lambda: fcntl.flock(ro, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("flock ex ro", lambda: fcntl.flock(ro, fcntl.LOCK_EX | fcntl.LOCK_NB))
t("flock un b", lambda: fcntl.flock(b, fcntl.LOCK_UN))
t("flock un ro", lambda: fcntl.flock(ro, fcntl.LOCK_UN))
t("flock un da", lambda: fcntl.flock(da, fcntl.LOCK_UN))
t("flock ex b", lambda: fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
os.close(da)
t("flock file object", lambda: fcntl.flock(open(p), fcntl.LOCK_SH | fcntl.LOCK_NB))
os.close(b)  # closing the last descriptor of b's description releases its lock
t("flock ex a after close", lambda: fcntl.flock(a, fcntl.LOCK_EX | fcntl.LOCK_NB))
t("flock un a", lambda: fcntl.flock(a, fcntl.LOCK_UN))
t("flock 0", lambda: fcntl.flock(a, 0))
t("flock LOCK_NB alone", lambda: fcntl.flock(a, fcntl.LOCK_NB))
t("flock pipe", lambda: fcntl.flock(r, fcntl.LOCK_EX))
t("flock 99", lambda: fcntl.flock(99, fcntl.LOCK_SH))
t("flock -1", lambda: fcntl.flock(-1, fcntl.LOCK_SH))
t("flock str", lambda: fcntl.flock("x", fcntl.LOCK_SH))

# lockf: record locks of the process never conflict with each other
b = os.open(p, os.O_RDWR)
t("lockf ex a", lambda: fcntl.lockf(a, fcntl.LOCK_EX))
t("lockf ex nb b", lambda: fcntl.lockf(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
t("lockf ex ro", lambda: fcntl.lockf(ro, fcntl.LOCK_EX | fcntl.LOCK_NB))
t("lockf sh ro", lambda: fcntl.lockf(ro, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("lockf sh write-only", lambda: fcntl.lockf(ap, fcntl.LOCK_SH | fcntl.LOCK_NB))
t("lockf region", lambda: fcntl.lockf(a, fcntl.LOCK_EX, 10, 5, 0))
t("lockf region end", lambda: fcntl.lockf(a, fcntl.LOCK_SH, 3, 0, 2))
t("lockf bad whence", lambda: fcntl.lockf(a, fcntl.LOCK_SH, 3, 0, 7))
t("lockf negative start", lambda: fcntl.lockf(a, fcntl.LOCK_SH, 3, -100, 0))
t("lockf un", lambda: fcntl.lockf(a, fcntl.LOCK_UN))
t("lockf bad", lambda: fcntl.lockf(a, 0))
t("lockf 99", lambda: fcntl.lockf(99, fcntl.LOCK_SH))
t("lockf kw", lambda: fcntl.lockf(a, fcntl.LOCK_UN, len=0))
flock = struct.pack("hhllhh", fcntl.F_WRLCK, 0, 0, 0, 0, 0)
t("F_SETLK struct", lambda: fcntl.fcntl(a, fcntl.F_SETLK, flock) == flock)
t("F_GETLK struct", lambda: struct.unpack("hhllhh", fcntl.fcntl(b, fcntl.F_GETLK, flock))[0] == fcntl.F_UNLCK)
t("F_SETLK unlock", lambda: fcntl.fcntl(a, fcntl.F_SETLK, struct.pack("hhllhh", fcntl.F_UNLCK, 0, 0, 0, 0, 0)) != b"")

# fcntl's argument conversions and errors
t("bytes arg", lambda: fcntl.fcntl(a, fcntl.F_GETFD, b"abcd"))
t("str arg", lambda: fcntl.fcntl(a, fcntl.F_GETFL, "ab"))
t("long arg", lambda: fcntl.fcntl(a, fcntl.F_GETFL, b"x" * 2000))
t("float arg", lambda: fcntl.fcntl(a, fcntl.F_GETFL, 1.5))
t("bad cmd", lambda: fcntl.fcntl(a, 9999))
t("bad fd", lambda: fcntl.fcntl(99, fcntl.F_GETFD))
t("negative fd", lambda: fcntl.fcntl(-5, fcntl.F_GETFL))
t("None fd", lambda: fcntl.fcntl(None, fcntl.F_GETFL))
t("object fd", lambda: fcntl.fcntl(object(), fcntl.F_GETFL))
t("keywords", lambda: fcntl.fcntl(fd=a, cmd=1))
t("no args", lambda: fcntl.fcntl())
t("too many", lambda: fcntl.fcntl(a, 1, 0, 0))
t("64-bit arg", lambda: fcntl.fcntl(a, fcntl.F_GETFD, 2**40 + 1))
t("negative arg", lambda: fcntl.fcntl(a, fcntl.F_GETFD, -1))
t("cmd too large", lambda: fcntl.fcntl(a, 2**32 + 1))
t("cmd 2**31", lambda: fcntl.fcntl(a, 2**31))
t("F_NOTIFY", lambda: fcntl.fcntl(os.open(d, os.O_RDONLY), fcntl.F_NOTIFY, fcntl.DN_MULTISHOT | fcntl.DN_ACCESS))
t("flock overflow", lambda: fcntl.flock(a, 2**40))
t("lockf overflow", lambda: fcntl.lockf(a, 2**40))
t("F_SETPIPE_SZ", lambda: (fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 30000), fcntl.fcntl(w, fcntl.F_GETPIPE_SZ),
                           fcntl.fcntl(r, fcntl.F_GETPIPE_SZ)))

# ioctl (Linux's request numbers: termios, which has them, is no pyjama module yet)
FIONREAD, TIOCGWINSZ = 0x541B, 0x5413
t("ioctl file", lambda: fcntl.ioctl(a, TIOCGWINSZ, b"\0" * 8))
t("ioctl bad fd", lambda: fcntl.ioctl(99, FIONREAD))
t("FIONREAD empty", lambda: fcntl.ioctl(r, FIONREAD, b"\0\0\0\0"))
os.write(w, b"abc")
t("FIONREAD bytes", lambda: fcntl.ioctl(r, FIONREAD, b"\0\0\0\0"))
ba = bytearray(4)
t("FIONREAD bytearray", lambda: (fcntl.ioctl(r, FIONREAD, ba), bytes(ba)))
t("FIONREAD no mutate", lambda: (fcntl.ioctl(r, FIONREAD, bytearray(4), False)))

for fd in (a, b, ro, ap, r, w):
    os.close(fd)
os.remove(p)
os.rmdir(d)
