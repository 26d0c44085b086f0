# io.StringIO and io.BytesIO (C types in CPython, Java in pyjama): reading, writing, seeking,
# overseeking, truncation, newline translation, iteration, pickling state, getbuffer,
# subclasses, the abstract bases, and the exact messages of bad calls.
import copy
import io
import pickle


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


# StringIO basics
s = io.StringIO('héllo\nwörld\n')
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(list(s), s.readable(), s.writable(), s.seekable(), s.line_buffering)
s.seek(20)
print(s.write('!'), repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1))
print(repr(io.StringIO('\U0001f600ab').read(2)))
acc = io.StringIO()
for i in range(5):
    acc.write(str(i))
print(acc.getvalue(), acc.tell(), repr(acc.read()))
acc.seek(0)
print(acc.read(), acc.read())
acc.seek(2)
acc.write('XY')
print(acc.getvalue())

# newline handling
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
    t2 = io.StringIO(newline=nl)
    t2.write('x\ry\r\n')
    t2.write('z\n')
    t2.seek(0)
    print(repr(nl), repr(t2.read()), t2.newlines)

# BytesIO basics
b = io.BytesIO(b'line1\nline2\nline3')
print(b.read(2), b.read1(3), b.readline(), b.readline(2), b.readlines(), b.read())
b.seek(0)
print(list(b), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(-100, 1), b.seek(30), b.write(b'!'), len(b.getvalue()), b.getvalue()[-3:])
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
print(b.readlines(3), b.readlines(1))
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
w = io.BytesIO()
w.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
print(w.getvalue(), w.isatty(), w.flush())
view = w.getbuffer()
view[1] = ord('Z')
print(bytes(view), w.getvalue(), len(view))
view.release()

# state, copies and pickles
s = io.StringIO('abc\n', newline='\r\n')
s.read(1)
s.extra = 5
print(s.__getstate__())
c = copy.copy(s)
print(repr(c.getvalue()), c.tell(), c.extra)
p = pickle.loads(pickle.dumps(io.BytesIO(b'xyz')))
print(p.getvalue(), p.tell(), io.BytesIO(b'q').__getstate__())
r = io.StringIO()
r.__setstate__(('text', None, 2, {'k': 1}))
print(r.read(), r.k, r.newlines)
r2 = io.BytesIO()
r2.__setstate__((b'data', 1, None))
print(r2.read())

# subclasses and the abstract bases
class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Upper('a\nb\n')), Upper.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

    def readable(self):
        return True


raw = Raw(b'ab\ncd\nef')
print(raw.readline(), raw.read(2), raw.readall(), raw.read())
raw.close()
print(raw.closed, vars(raw))
attempt('raw.read after close', lambda: list(raw))
base = io.IOBase()
attempt('seek', lambda: base.seek(0))
attempt('fileno', lambda: base.fileno())
attempt('truncate', lambda: base.truncate())
attempt('_checkSeekable', lambda: base._checkSeekable())
attempt('_checkReadable', lambda: base._checkReadable())
attempt('_checkWritable', lambda: base._checkWritable())
print(base.seekable(), base.readable(), base.writable(), base.isatty(), base.closed)
with base:
    pass
print(base.closed)
attempt('flush closed', lambda: base.flush())
attempt('enter closed', lambda: base.__enter__())
attempt('buffered read', lambda: io.BufferedIOBase().read())
attempt('buffered readinto', lambda: io.BufferedIOBase().readinto(bytearray(1)))
attempt('text write', lambda: io.TextIOBase().write(''))
print(io.TextIOBase().encoding, io.TextIOBase().errors, io.TextIOBase().newlines)

# bad calls
s = io.StringIO()
attempt('StringIO(1)', lambda: io.StringIO(1))
attempt('StringIO newline', lambda: io.StringIO('', 'x'))
attempt('StringIO newline type', lambda: io.StringIO('', 1))
attempt('StringIO 3 args', lambda: io.StringIO('a', 'b', 'c'))
attempt('StringIO kw', lambda: io.StringIO(x=1))
attempt('write()', lambda: s.write())
attempt('write(1)', lambda: s.write(1))
attempt('read(1, 2)', lambda: s.read(1, 2))
attempt("read('x')", lambda: s.read('x'))
attempt('seek()', lambda: s.seek())
attempt("seek('x')", lambda: s.seek('x'))
attempt('seek(-1)', lambda: s.seek(-1))
attempt('seek(1, 1)', lambda: s.seek(1, 1))
attempt('seek(0, 3)', lambda: s.seek(0, 3))
attempt('truncate(-1)', lambda: s.truncate(-1))
attempt('getvalue(1)', lambda: s.getvalue(1))
attempt('setstate', lambda: s.__setstate__(1))
attempt('setstate pos', lambda: s.__setstate__(('a', '\n', 'x', None)))
attempt('uninitialized', lambda: io.StringIO.__new__(io.StringIO).read())
s.close()
print(s.closed)
attempt('closed read', lambda: s.read())
attempt('closed getvalue', lambda: s.getvalue())
attempt('closed iter', lambda: next(s))
b = io.BytesIO()
attempt('BytesIO(1)', lambda: io.BytesIO(1))
attempt('BytesIO str', lambda: io.BytesIO('s'))
attempt('write str', lambda: b.write('s'))
attempt('readlines str', lambda: b.readlines('x'))
attempt('seek(-1)', lambda: b.seek(-1))
attempt('seek whence', lambda: b.seek(0, 5))
attempt('truncate(-1)', lambda: b.truncate(-1))
attempt('readinto bytes', lambda: b.readinto(b'x'))
attempt('fileno', lambda: b.fileno())
attempt('setstate', lambda: b.__setstate__((b'',)))
attempt('setstate pos', lambda: b.__setstate__((b'', -1, None)))
print(io.BytesIO.__new__(io.BytesIO).read())
b.close()
print(b.closed)
attempt('closed read', lambda: b.read())
attempt('closed getbuffer', lambda: b.getbuffer())
attempt('closed write', lambda: b.write(b''))
print(type(io.StringIO.write).__name__, type(io.BytesIO().read).__name__, io.StringIO.__module__)
