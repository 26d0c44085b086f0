# io.FileIO (C in CPython, Java in pyjama) on files of a scratch directory: modes, reading,
# writing, appending, seeking, truncating, openers, closefd, subclasses, reprs and the
# messages of bad calls.
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

with open('data.bin', 'wb') as f:
    print(type(f).__name__, type(f.raw).__name__, f.raw.mode, f.write(b'hello\nworld\n'))
raw = io.FileIO('data.bin')
print(raw, raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.closefd, raw.name)
print(raw.read(3), raw.readline(), raw.tell(), raw.readall(), raw.read())
raw.seek(0)
print(raw.readlines(), raw.seek(-3, 2), raw.read(10))
b = bytearray(4)
raw.seek(0)
print(raw.readinto(b), b, raw._blksize > 1, raw._finalizing)
attempt('write', lambda: raw.write(b'x'))
attempt('truncate', lambda: raw.truncate())
attempt('pickle', lambda: __import__('pickle').dumps(raw))
raw.close()
print(raw, raw.closed)
attempt('read closed', lambda: raw.read())
attempt('fileno closed', lambda: raw.fileno())
w = io.FileIO('data.bin', 'a+')
print(w.mode, w.tell(), w.write(b'more'), w.tell())
w.seek(0)
print(w.read())
print(w.truncate(5), w.seek(0), w.read())
w.close()
x = io.FileIO('new.bin', 'xb')
print(x.mode, x.write(memoryview(b'abc')))
x.close()
attempt('x exists', lambda: io.FileIO('new.bin', 'x'))
attempt('missing', lambda: io.FileIO('missing.bin'))
attempt('dir', lambda: io.FileIO('.'))
attempt('mode', lambda: io.FileIO('data.bin', 'rw'))
attempt('mode2', lambda: io.FileIO('data.bin', 'q'))
attempt('mode3', lambda: io.FileIO('data.bin', 'b'))
attempt('mode4', lambda: io.FileIO('data.bin', 'r++'))
attempt('modetype', lambda: io.FileIO('data.bin', 1))
attempt('neg fd', lambda: io.FileIO(-1))
attempt('float', lambda: io.FileIO(1.5))
attempt('closefd', lambda: io.FileIO('data.bin', closefd=False))
attempt('opener', lambda: io.FileIO('data.bin', opener=lambda p, fl: 'x'))
attempt('opener neg', lambda: io.FileIO('data.bin', opener=lambda p, fl: -5))
flags = []
def opener(path, fl):
    flags.append(fl)
    return os.open(path, fl)
with io.FileIO('data.bin', 'r+', opener=opener) as o:
    print(o.read(2), flags, o)
fd = os.open('data.bin', os.O_RDONLY)
g = io.FileIO(fd, closefd=False)
print(repr(g) == f"<_io.FileIO name={fd} mode='rb' closefd=False>", g.read(1))
g.close()
print(os.read(fd, 2))
os.close(fd)
class MyFile(io.FileIO):
    pass
m = MyFile('data.bin')
print(m, isinstance(m, io.RawIOBase), m.read(1))
m.close()
with open('data.bin') as t:
    print(t.read(), type(t.buffer.raw))
os.remove('data.bin'); os.remove('new.bin')
os.chdir(home)
scratch.cleanup()
