# pyjama's _io, the first version: the classes of CPython's Modules/_io (_iomodule.c, iobase.c,
# fileio.c, bytesio.c, stringio.c, bufferedio.c, textio.c) written in Python on top of the Java
# posix module's file descriptors. IoModule.java runs this text, then _io_buffered.py and _io_text.py, as
# the module _io; their frames are
# hidden from tracebacks, as C functions leave none. Messages and behaviour follow the C code.

import posix as _posix
import codecs as _codecs
import errno as _errno
import sys as _sys

# Defined in Java before this runs (IoModule): DEFAULT_BUFFER_SIZE, BlockingIOError,
# UnsupportedOperation, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, StringIO, BytesIO.


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _index(n, what="size"):
    if n is None:
        return -1
    if hasattr(type(n), '__index__'):
        return n.__index__()
    raise TypeError(f"argument should be integer or None, not '{type(n).__name__}'")


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

