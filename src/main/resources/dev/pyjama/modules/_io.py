# pyjama's _io, the first version: the classes of CPython's Modules/_io (_iomodule.c, iobase.c,
# fileio.c, bytesio.c, stringio.c, bufferedio.c, textio.c) written in Python on top of the Java
# posix module's file descriptors. IoModule.java runs this text, then _io_buffered.py and _io_text.py, as
# the module _io; their frames are
# hidden from tracebacks, as C functions leave none. Messages and behaviour follow the C code.

import posix as _posix
import codecs as _codecs
import errno as _errno
import sys as _sys

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _index(n, what="size"):
    if n is None:
        return -1
    if hasattr(type(n), '__index__'):
        return n.__index__()
    raise TypeError(f"argument should be integer or None, not '{type(n).__name__}'")


# CPython: Modules/_io/iobase.c
class _IOBase:
    __IOBase_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        if not self.__IOBase_closed:
            try:
                self.flush()
            finally:
                self.__IOBase_closed = True

    @property
    def closed(self):
        return self.__IOBase_closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            nreadahead = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    n = ahead.find(b"\n") + 1 or len(ahead)
                    nreadahead = n if size < 0 else min(n, size - len(res))
            b = self.read(nreadahead)
            if not isinstance(b, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(b).__name__}'")
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


# CPython: Modules/_io/iobase.c _RawIOBase
class _RawIOBase(_IOBase):
    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while data := self.read(DEFAULT_BUFFER_SIZE):
            res += data
        return bytes(res) if res or data is not None else data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


# CPython: Modules/_io/bufferedio.c _BufferedIOBase
class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        data = read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


# CPython: Modules/_io/textio.c _TextIOBase
class _TextIOBase(_IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, str) or not hasattr(b, "tobytes"):
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
    return b.tobytes()


# CPython: Modules/_io/fileio.c
class FileIO(_RawIOBase):
    _fd = -1
    _created = _readable = _writable = _appending = False
    _seekable = None
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _posix.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if isinstance(file, bool):
                import warnings
                warnings.warn("bool is used as a file descriptor", RuntimeWarning, stacklevel=2)
                file = int(file)
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if not set(mode) <= set('xrwab+'):
            raise ValueError('invalid mode: %s' % mode)
        if sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        if 'x' in mode:
            self._created = self._writable = True
            flags = 0o300
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = 0o1100
        else:
            self._writable = self._appending = True
            flags = 0o2100
        if '+' in mode:
            self._readable = self._writable = True
        flags |= 2 if self._readable and self._writable else 0 if self._readable else 1
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, 2)
            except OSError:
                pass

    def _checkReadable(self, msg=None):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        size = _index(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        self._checkReadable()
        res = bytearray()
        while chunk := _posix.read(self._fd, 65536):
            res += chunk
        return bytes(res)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        return _posix.write(self._fd, _bytes_of(b))

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._checkClosed()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                super().close()
            finally:
                if self._closefd and self._fd > 2:
                    _posix.close(self._fd)
                self._fd = -1

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                self.tell()
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def fileno(self):
        self._checkClosed()
        return self._fd

    def isatty(self):
        self._checkClosed()
        return _posix.isatty(self._fd)

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def __repr__(self):
        name = type(self).__module__ + '.' + type(self).__qualname__
        if self.closed:
            return f'<{name} [closed]>'
        try:
            n = self.name
        except AttributeError:
            return f'<{name} fd={self._fd} mode={self.mode!r} closefd={self._closefd!r}>'
        return f'<{name} name={n!r} mode={self.mode!r} closefd={self._closefd!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__qualname__}' instances")


# CPython: Modules/_io/bytesio.c
class BytesIO(_BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self._buffer = bytearray() if initial_bytes is None else bytearray(_bytes_of(initial_bytes))
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        end = len(self._buffer) if size < 0 else min(len(self._buffer), self._pos + size)
        if self._pos >= end:
            return b""
        b = bytes(self._buffer[self._pos:end])
        self._pos = end
        return b

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        i = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return b""
        b = bytes(self._buffer[self._pos:end])
        self._pos = end
        return b

    def readlines(self, hint=None):
        self._check()
        return super().readlines(hint)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        data = _bytes_of(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += b"\0" * (pos - len(self._buffer))
        self._buffer[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buffer[size:]
        return size

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def __getstate__(self):
        return self.getvalue(), self._pos, getattr(self, '__dict__', None)


# CPython: Modules/_io/stringio.c
class StringIO(_TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._translate_in = newline is None
        self._writenl = newline or '\n'
        self._seen = 0
        self._chunks = []
        self._text = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._chunks:
            self._text += ''.join(self._chunks)
            self._chunks = []
        return self._text

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._translate_in:
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            lf = s.count('\n') - crlf
            self._seen |= (lf and 1) | (cr and 2) | (crlf and 4)
            if cr or crlf:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._writenl != '\n' and '\n' in s:
            s = s.replace('\n', self._writenl)
        if not s:
            return n
        size = len(self._text) + sum(map(len, self._chunks))
        if self._pos == size:
            self._chunks.append(s)
        else:
            text = self._value()
            if self._pos > size:
                text += '\0' * (self._pos - size)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _index(size)
        text = self._value()
        end = len(text) if size < 0 else min(len(text), self._pos + size)
        if self._pos >= end:
            return ''
        s = text[self._pos:end]
        self._pos = end
        return s

    def readline(self, size=-1):
        self._check()
        if size is not None and not hasattr(type(size), '__index__'):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        size = _index(size)
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ''
        end = _find_line_end(text, pos, self._newline if not self._translate_in else '\n')
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._value())
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        pos = self._pos if pos is None else _index(pos)
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        text = self._value()
        if pos < len(text):
            self._text = text[:pos]
        return pos

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self._seen]

    def __getstate__(self):
        return self.getvalue(), self._newline, self._pos, getattr(self, '__dict__', None)


def _find_line_end(text, pos, newline):
    """The index after the line starting at pos: newline '' accepts \\r, \\n and \\r\\n."""
    if newline == '':
        i = pos
        n = len(text)
        while i < n:
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                return i + 2 if i + 1 < n and text[i + 1] == '\n' else i + 1
            i += 1
        return n
    i = text.find(newline, pos)
    return len(text) if i < 0 else i + len(newline)

