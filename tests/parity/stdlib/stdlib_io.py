# io: StringIO, BytesIO, files in text and binary modes (buffered, read-write, appending),
# newline translation, encodings and errors, seek/tell, iteration, and the errors CPython raises
import io
import os

s = io.StringIO("one\ntwo\r\nthree")
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
print(s.seek(0), s.readlines())
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()), s.tell(), s.seek(0, 2), s.truncate(2), repr(s.getvalue()))
print(list(io.StringIO("l1\nl2\n")), io.StringIO("abc").read(0) == "")

b = io.BytesIO(b"hello\nworld\n")
print(b.readline(), b.read(3), b.tell(), b.seek(-2, 2), b.read(), b.seek(0), b.readlines())
b.seek(20)
b.write(b"!")
print(b.getvalue(), b.truncate(5), b.getvalue(), b.seekable(), b.readable(), b.writable())
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)

NAME = "stdlib_io_scratch.txt"
with open(NAME, "w", encoding="utf-8") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.writable(), f.readable(), f.seekable())
    print(f.write("héllo\nwörld\n"), f.write("end"), f.tell())
with open(NAME, encoding="utf-8") as f:
    line = f.readline()
    pos = f.tell()
    print(repr(line), pos, repr(f.read(2)), f.tell(), repr(f.read()), f.tell())
    f.seek(pos)
    print(repr(f.readline()), [l for l in f])
with open(NAME, "rb") as f:
    print(type(f).__name__, f.mode, f.peek(1)[:1], f.read(3), f.read1(2), f.tell(), f.raw.mode)
    print(f.seek(-3, 2), f.read(), f.read(), f.seek(0), len(f.readlines()))
with open(NAME, "a", newline="") as f:
    f.write("\r\nCR\rLF\n")
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(), f.newlines)
with open(NAME, "r+b") as f:
    f.seek(1)
    f.write(b"E")
    f.seek(0)
    print(f.read(6), f.tell())
    f.write(b"XX")
    f.seek(0)
    print(f.read(10))
with open(NAME, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"\xff\xfeabc"), f.mode)
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()))
with open(NAME, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(NAME, encoding="ascii") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open(NAME, "w", encoding="utf-16") as f:
    f.write("ab")
with open(NAME, "rb") as f:
    print(f.read())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
w.write("a\nb\n")
w.flush()
print(w.buffer.getvalue(), w.encoding, w.errors, w.line_buffering)

for bad in [lambda: open(NAME, "rw"), lambda: open(NAME, "rb", encoding="utf-8"), lambda: open(NAME, "tb"),
            lambda: open(NAME, "r", buffering=0), lambda: open(NAME, "z"), lambda: open(NAME, "rb", newline=""),
            lambda: open("no_such_dir/no_such_file"), lambda: io.StringIO(b"x"), lambda: io.StringIO().write(1),
            lambda: io.BytesIO().write("s"), lambda: io.BytesIO(b"x").fileno(), lambda: io.StringIO(newline="x")]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
f = open(NAME)
f.close()
print(f.closed)
for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: next(f)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
r = open(NAME, "rb")
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
r.close()
os.remove(NAME)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.text_encoding("x"))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.open is open, io.TextIOWrapper.__module__, io.UnsupportedOperation.__module__)
