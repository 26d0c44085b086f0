# pyjama's _io, part 2: the buffered binary streams over a raw stream.
# CPython: Modules/_io/bufferedio.c (messages and the position arithmetic of buffered_tell/_seek)


class _BufferedBase(_BufferedIOBase):
    """The state every buffered stream has: raw, a read buffer (bytes and a cursor), a write buffer."""

    def _setup(self, raw, buffer_size):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _check_raw(self, msg):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self._raw.closed:
            raise ValueError(msg)

    @property
    def closed(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw.closed

    @property
    def name(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw.name

    @property
    def mode(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw.mode

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def seekable(self):
        self._check_raw("I/O operation on closed file.")
        return self._raw.seekable()

    def readable(self):
        self._check_raw("I/O operation on closed file.")
        return self._raw.readable()

    def writable(self):
        self._check_raw("I/O operation on closed file.")
        return self._raw.writable()

    def _unread(self):
        return len(self._rbuf) - self._rpos

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(_errno.EAGAIN, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def _drop_reads(self):
        # the raw stream is ahead of the logical position by the unread bytes
        if self._unread() and self._raw.seekable():
            self._raw.seek(-self._unread(), 1)
        self._rbuf = b""
        self._rpos = 0

    def flush(self):
        self._check_raw("flush of closed file")
        self._flush_writes()

    def tell(self):
        pos = self._raw.tell() - self._unread() + len(self._wbuf)
        if pos < 0:
            raise OSError("Raw stream returned invalid position %d" % pos)
        return pos

    def seek(self, pos, whence=0):
        if hasattr(type(pos), '__index__') is False:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._check_raw("seek of closed file")
        self._flush_writes()
        if whence == 1:
            pos -= self._unread()
        self._rbuf = b""
        self._rpos = 0
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_raw("truncate of closed file")
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)

    def close(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def __repr__(self):
        name = type(self).__module__ + '.' + type(self).__qualname__
        try:
            n = self.name
        except AttributeError:
            return f"<{name}>"
        except ValueError:
            return f"<{name}>"
        return f"<{name} name={n!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__qualname__}' instances")


class BufferedReader(_BufferedBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        self._setup(raw, buffer_size)

    def _fill(self, n):
        """One raw read of at least n bytes (buffer_size usually); False at end of file."""
        data = self._raw.read(max(n, self.buffer_size))
        if not data:
            return data
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._check_raw("read of closed file")
        size = _index(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._flush_writes()
        if size < 0:
            chunks = [self._rbuf[self._rpos:]]
            self._rbuf = b""
            self._rpos = 0
            rest = self._raw.readall() if hasattr(self._raw, "readall") else self._raw.read()
            if rest is None and not chunks[0]:
                return None
            if rest:
                chunks.append(rest)
            return b"".join(chunks)
        while self._unread() < size:
            got = self._fill(size - self._unread())
            if not got:
                if got is None and not self._unread():
                    return None
                break
        b = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(b)
        return b

    def read1(self, size=-1):
        self._check_raw("read of closed file")
        size = _index(size)
        self._flush_writes()
        if size == 0:
            return b""
        if not self._unread():
            self._fill(size if size > 0 else 1)
        n = self._unread() if size < 0 else min(size, self._unread())
        b = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += n
        return b

    def peek(self, size=0):
        self._check_raw("peek of closed file")
        self._flush_writes()
        if not self._unread():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_raw("readline of closed file")
        size = _index(size)
        self._flush_writes()
        while True:
            i = self._rbuf.find(b"\n", self._rpos)
            if i >= 0 or (size >= 0 and self._unread() >= size):
                end = len(self._rbuf) if i < 0 else i + 1
                if size >= 0:
                    end = min(end, self._rpos + size)
                break
            if not self._fill(1):
                end = len(self._rbuf)
                break
        b = self._rbuf[self._rpos:end]
        self._rpos = end
        return b

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def __next__(self):
        self._check_raw("readline of closed file")
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class BufferedWriter(_BufferedBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._setup(raw, buffer_size)

    def write(self, b):
        data = _bytes_of(b)
        self._check_raw("write to closed file")
        if self._unread() or self._rbuf:
            self._drop_reads()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)


class BufferedRandom(BufferedWriter, BufferedReader):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        BufferedReader.__init__(self, raw, buffer_size)
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed
