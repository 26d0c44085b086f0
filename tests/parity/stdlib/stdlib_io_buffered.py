# The buffered binary streams (C in CPython, Java in pyjama): BufferedReader, BufferedWriter,
# BufferedRandom and BufferedRWPair over FileIO and BytesIO; positions with read-ahead and
# pending writes, truncation, detach, reprs and the messages of bad calls.
import os
import tempfile

scratch = tempfile.TemporaryDirectory()
home = os.getcwd()
os.chdir(scratch.name)
import io
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

with open('d.bin', 'wb') as f:
    print(f, f.write(b'line1\nline2\nline3\n'), f.tell(), f.writable(), f.seekable(), f.name, f.mode)
    f.write(bytearray(b'tail'))
    attempt('read on writer', lambda: f.read())
    attempt('readline on writer', lambda: f.readline())
    print(f.raw, f.closed, f.fileno() > 2, f.isatty())
with open('d.bin', 'rb') as f:
    print(f, f.peek(3)[:3], f.read(3), f.read1(2), f.readline(), f.tell(), f.readline(3))
    print(list(f), f.read(), f.tell())
    f.seek(0)
    b = bytearray(5)
    print(f.readinto(b), b, f.readinto1(b), b, f.seek(-4, 2), f.read())
    f.seek(2)
    print(f.seek(1, 1), f.read(2), f.readlines())
    attempt('write on reader', lambda: f.write(b'x'))
    attempt('truncate on reader', lambda: f.truncate())
    attempt('seek whence', lambda: f.seek(0, 5))
    attempt('seek str', lambda: f.seek('a'))
    attempt('read -2', lambda: f.read(-2))
    attempt('pickle', lambda: __import__('pickle').dumps(f))
print(f, f.closed)
attempt('read closed', lambda: f.read())
attempt('readline closed', lambda: f.readline())
attempt('next closed', lambda: next(f))
attempt('seek closed', lambda: f.seek(0))
with open('d.bin', 'r+b') as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader), f.read(5), f.tell())
    print(f.write(b'XX'), f.tell(), f.read(3), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read(), f.peek())
raw = io.FileIO('d.bin')
br = io.BufferedReader(raw, 4)
print(br.read(2), br.read(5), br.detach() is raw)
attempt('after detach', lambda: br.read())
attempt('repr detach', lambda: repr(br))
attempt('closed detach', lambda: br.closed)
raw.close()
attempt('bad size', lambda: io.BufferedReader(io.BytesIO(), 0))
attempt('not readable', lambda: io.BufferedReader(io.FileIO('d.bin', 'w')))
attempt('not writable', lambda: io.BufferedWriter(io.FileIO('d.bin', 'r')))
attempt('uninit', lambda: io.BufferedReader.__new__(io.BufferedReader).read())
p = io.BufferedRWPair(io.BytesIO(b'in\ndata'), io.BytesIO())
print(p.read(3), p.peek()[:2], p.readable(), p.writable(), p.write(b'out'), p.flush(), p.closed, p.isatty())
p.close()
print(p.closed)
attempt('pair args', lambda: io.BufferedRWPair(io.BytesIO()))
b = io.BufferedReader(io.BytesIO(b'abc\ndef'))
print(b, list(b), b.raw)
class R(io.BufferedReader):
    pass
print(R(io.BytesIO(b'z')).read(), io.BufferedRandom.__mro__)
w = io.BufferedWriter(io.BytesIO(), 2)
print(w.write(b'abcdef'), w.raw.getvalue(), w.write(b'g'), w.raw.getvalue(), w.flush(), w.raw.getvalue())
os.remove('d.bin')
os.chdir(home)
scratch.cleanup()
