# io.TextIOWrapper (the Java _io.TextIOWrapper): files and in-memory buffers; reading by lines,
# characters and iteration; tell()/seek() with CPython's opaque cookies (multi-byte UTF-8,
# UTF-16 with its BOM, a decoder holding back a partial character); write translation;
# line_buffering and write_through; reconfigure(); detach(); repr; and the errors raised on
# closed, detached and uninitialized wrappers
import io
import os


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


NAME = "stdlib_io_text_scratch.txt"
with open(NAME, "w", encoding="utf-8") as f:
    print(repr(f), f.line_buffering, f.write_through, f.errors, f.newlines)
    print(f.write("héllo\nwörld\r\nthird\rfour €\n"), f.write("x" * 10 + "\n"), f.tell())
with open(NAME, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()))
    p = f.tell()
    print(p, repr(f.read(3)))
    q = f.tell()
    print(q, repr(f.read()), repr(f.read()), f.tell())
    print(f.seek(p), repr(f.readline()), f.seek(q), repr(f.read(2)))
    print(f.newlines, f.seek(0, 2), repr(f.read()))
    t(lambda: f.seek(3, 1))
    t(lambda: f.seek(3, 2))
    t(lambda: f.seek(0, 5))
    t(lambda: f.seek(-1))
    t(lambda: f.write("x"))
    t(lambda: f.readline("x"))
    t(lambda: f.read("x"))
with open(NAME, encoding="utf-8", newline="") as f:
    print(list(f))
    t(f.tell)
with open(NAME, encoding="utf-8", newline="\r") as f:
    print(f.readlines(), f.newlines)
with open(NAME, encoding="utf-8", newline="\r\n") as f:
    print(f.readlines())
with open(NAME, encoding="utf-8") as f:
    print(f.readline(3), f.readline(100), f.readlines(5))
    for line in f:
        t(f.tell)
        break
    print(sum(1 for _ in f))
    print(f.tell())
with open(NAME, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\r\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w+", encoding="utf-8") as f:
    f.write("line1\nline2\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("X")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "a", encoding="utf-8") as f:
    print(f.tell(), f.write("tail"), f.tell())
with open(NAME, "w", encoding="utf-8") as f:
    f.write("aé€😀b\n" * 3000)
with open(NAME, encoding="utf-8") as f:
    f.read(5000)
    c = f.tell()
    print(c > 2**64, c & (2**64 - 1), repr(f.read(4)))
    f.seek(c)
    print(repr(f.read(4)))
with open(NAME, encoding="ascii", errors="replace") as f:
    print(repr(f.read(8)))
t(lambda: open(NAME, encoding="ascii").read())
f = open(NAME, encoding="utf-8")
f.close()
print(repr(f), f.closed)
t(f.read)
t(f.readline)
t(lambda: f.write("x"))
t(f.tell)
t(lambda: next(f))
t(f.flush)
print(f.close())
os.remove(NAME)

w = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", line_buffering=True)
print(repr(w), w.write("abc\n"), w.buffer.getvalue(), w.line_buffering, w.encoding, w.errors)
w.reconfigure(encoding="utf-8", errors="replace", line_buffering=False, write_through=True)
print(w.write("é"), w.buffer.getvalue(), w.encoding, w.errors, w.line_buffering, w.write_through)
t(lambda: w.reconfigure(newline=5))
t(lambda: w.reconfigure(encoding=5))
t(lambda: w.reconfigure(newline="x"))
w.reconfigure(newline="\r")
w.write("1\n2")
w.flush()
print(w.buffer.getvalue())
t(lambda: w.write(5))
t(lambda: w.read())
r = io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="utf-8")
print(repr(r.read(1)))
t(lambda: r.reconfigure(encoding="ascii"))
t(lambda: r.reconfigure(newline=""))
r.reconfigure(line_buffering=True)
print(r.line_buffering, repr(r.read()))

r = io.TextIOWrapper(io.BytesIO("ab\ncd\n".encode("utf-16")), encoding="utf-16")
print(repr(r.readline()), r.tell())
p = r.tell()
print(repr(r.read()), r.seek(p), repr(r.read()), r.seek(0), repr(r.read(1)))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
w.write("hi")
w.seek(0, 2)
w.write("!")
w.flush()
print(w.buffer.getvalue())

w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("abc")
b = w.detach()
print(b.getvalue(), repr(w), w.buffer, w.encoding)
for name in ["name", "closed", "newlines", "_CHUNK_SIZE"]:
    t(lambda: getattr(w, name))
t(lambda: w.write("x"))
t(w.detach)
t(w.fileno)
h = io.TextIOWrapper.__new__(io.TextIOWrapper)
t(lambda: repr(h))
t(lambda: h.read())
print(h.encoding)

for kw in [dict(errors=5), dict(newline=5), dict(newline="x"), dict(encoding="hex"), dict(encoding="nope"),
           dict(encoding=b"utf-8")]:
    kw.setdefault("encoding", "utf-8")
    t(lambda: io.TextIOWrapper(io.BytesIO(), **kw))
s = io.TextIOWrapper(io.BytesIO(b"abcdef"), encoding="utf-8")
s._CHUNK_SIZE = 2
print(s._CHUNK_SIZE, repr(s.read(3)), s.tell(), repr(s.read()))
t(lambda: setattr(s, "_CHUNK_SIZE", 0))
import pickle
t(lambda: pickle.dumps(s))
print(s.seekable(), s.readable(), s.writable(), s.isatty(), s.truncate(2) if s.writable() else None)
u = io.TextIOWrapper(io.BytesIO(b"x\xffy\n"), encoding="utf-8", errors="surrogateescape")
print(ascii(u.read()))
u = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
u.write("a\udcffb")
u.flush()
print(u.buffer.getvalue())
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write("\ud800"))


class Sub(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


sub = Sub(io.BytesIO(), encoding="utf-8")
print(sub.write("abc"), repr(sub).replace("Sub", "S"))
print("xyz", file=sub)
sub.flush()
print(sub.buffer.getvalue(), isinstance(sub, io.TextIOBase))
