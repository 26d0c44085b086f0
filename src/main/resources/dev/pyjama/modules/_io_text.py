# pyjama's _io, the part still written in Python: TextIOWrapper and IncrementalNewlineDecoder
# (CPython's Modules/_io/textio.c). IoModule.java defines the Java classes of the module first
# (DEFAULT_BUFFER_SIZE, UnsupportedOperation, the abstract bases, FileIO, BytesIO, StringIO, the
# buffered classes, open), then runs this text as the rest of the module _io; its frames are
# hidden from tracebacks, as C functions leave none.

import codecs as _codecs
import sys as _sys


def _closed_error():
    return ValueError("I/O operation on closed file.")


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


class IncrementalNewlineDecoder:
    """Wraps a decoder: translates \\r\\n and \\r into \\n when asked, and records which newlines it saw."""
    # CPython: Modules/_io/textio.c _PyIncrementalNewlineDecoder_decode

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
            if not isinstance(output, str):
                raise TypeError(f"decoder should return a string result, not '{type(output).__name__}'")
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        # a \r at the end may be the first half of \r\n: keep it for the next call
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


def _locale_encoding():
    # CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl (UTF-8 mode, else the locale's, UTF-8 here)
    return "utf-8" if _sys.flags.utf8_mode else "UTF-8"


class TextIOWrapper(_TextIOBase):
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        self._buffer = None
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if encoding is None or encoding == "locale":
            encoding = _locale_encoding()
        else:
            _codecs.lookup(encoding)
        info = _codecs.lookup(encoding)
        if info._is_text_encoding is False:
            raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else "strict"
        self._configure_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._has_read1 = hasattr(buffer, "read1")
        self._detached = False
        self._make_codecs()
        if self._seekable and self.writable():
            pos = buffer.tell()
            if pos != 0 and self._encoder is not None:
                self._encoder.setstate(0)

    def _configure_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or _posix_linesep

    def _make_codecs(self):
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        self._decoder = None
        self._encoder = None
        self._seekable = self._telling = self._buffer.seekable()
        if self._buffer.readable():
            dec = _codecs.getincrementaldecoder(self._encoding)(self._errors)
            if self._readuniversal:
                dec = IncrementalNewlineDecoder(dec, self._readtranslate)
            self._decoder = dec
        if self._buffer.writable():
            self._encoder = _codecs.getincrementalencoder(self._encoding)(self._errors)

    # -- attributes

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    @property
    def newlines(self):
        return getattr(self._decoder, "newlines", None)

    def _checkClosed(self, msg=None):
        self._check_attached()
        if self._buffer.closed:
            raise _closed_error()

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self._buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def __repr__(self):
        name = type(self).__module__ + '.' + type(self).__qualname__
        parts = [name]
        try:
            n = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(f"name={n!r}")
        try:
            m = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f"mode={m!r}")
        parts.append(f"encoding={self._encoding!r}")
        return "<" + " ".join(parts) + ">"

    # -- writing

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        b = self._encoder.encode(s)
        self._buffer.write(b)
        if self._line_buffering and (haslf or "\r" in s):
            self.flush()
        if self._decoder is not None and (self._decoded or self._snapshot):
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
            self._decoder.reset()
        return length

    def flush(self):
        self._checkClosed()
        self._telling = self._seekable
        self._buffer.flush()

    def close(self):
        self._check_attached()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    # -- reading

    def _read_chunk(self):
        """Decodes one more chunk of the buffer; False at the end of the file."""
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        if self._telling:
            dec_buffer, dec_flags = self._decoder.getstate()
        if self._has_read1:
            input_chunk = self._buffer.read1(self._CHUNK_SIZE)
        else:
            input_chunk = self._buffer.read(self._CHUNK_SIZE)
        if input_chunk is None:
            input_chunk = b""
        if not isinstance(input_chunk, (bytes, bytearray)):
            raise TypeError(f"underlying {'read1' if self._has_read1 else 'read'}() should have returned a bytes-like object, "
                            f"not '{type(input_chunk).__name__}'")
        eof = not input_chunk
        text = self._decoder.decode(input_chunk, eof)
        # the snapshot: the decoder's state before next_input, and how many characters decoded from
        # next_input are already gone from self._decoded (tell() replays next_input to find its place)
        consumed = self._decoded_pos
        leftover = len(self._decoded) - consumed
        if not self._telling:
            self._snapshot = None
        elif leftover == 0:
            self._snapshot = (dec_flags, dec_buffer + input_chunk, 0)
        elif self._snapshot is not None:
            flags, prev, dropped = self._snapshot
            self._snapshot = (flags, prev + input_chunk, dropped + consumed)
        self._decoded = self._decoded[consumed:] + text
        self._decoded_pos = 0
        return not eof

    def _take(self, n):
        s = self._decoded[self._decoded_pos:self._decoded_pos + n]
        self._decoded_pos += len(s)
        return s

    def read(self, size=-1):
        self._checkClosed()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        elif not hasattr(type(size), "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        size = size.__index__()
        self._flush_for_read()
        if size < 0:
            data = self._buffer.read()
            if data is None:
                data = b""
            result = self._decoded[self._decoded_pos:] + self._decoder.decode(data, final=True)
            self._decoded = ""
            self._decoded_pos = 0
            self._snapshot = None
            return result
        while len(self._decoded) - self._decoded_pos < size:
            if not self._read_chunk():
                break
        return self._take(size)

    def _flush_for_read(self):
        if self._encoder is not None and self._buffer.writable():
            self._buffer.flush()

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not hasattr(type(size), "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        size = size.__index__()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        self._flush_for_read()
        nl = "\n" if self._readtranslate else self._readnl
        eof = False
        while True:
            text = self._decoded
            start = self._decoded_pos
            if nl == "":
                # universal newlines, untranslated: a \r at the very end may be the start of \r\n
                end = _find_line_end(text, start, "")
                complete = end > start and (text[end - 1] == "\n" or (text[end - 1] == "\r" and end < len(text)))
            else:
                i = text.find(nl, start)
                complete = i >= 0
                end = i + len(nl) if complete else len(text)
            if complete or eof or (size >= 0 and len(text) - start >= size):
                break
            eof = not self._read_chunk()
        if size >= 0:
            end = min(end, self._decoded_pos + size)
        line = self._decoded[self._decoded_pos:end]
        self._decoded_pos = end
        return line

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # -- positions

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self._buffer.tell()
        if self._decoder is None or self._snapshot is None:
            return position
        dec_flags, next_input, dropped = self._snapshot
        position -= len(next_input)
        skip = dropped + self._decoded_pos
        if skip == 0 and dec_flags == 0:
            return position
        # replay the chunk byte by byte from the snapshot's decoder state until skip characters come out
        saved = self._decoder.getstate()
        try:
            self._decoder.setstate((b"", dec_flags))
            chars = 0
            for i in range(len(next_input)):
                chars += len(self._decoder.decode(next_input[i:i + 1]))
                buf, flags = self._decoder.getstate()
                if chars == skip and not buf and flags == 0:
                    return position + i + 1
                if chars > skip:
                    break
            if skip == 0:
                return position
            raise OSError("can't reconstruct logical file position")
        finally:
            self._decoder.setstate(saved)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._reset_read()
            if self._encoder is not None:
                self._encoder.reset() if position == 0 else self._encoder.setstate(0)
            return position
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if not hasattr(type(cookie), "__index__"):
            raise TypeError(f"an integer is required")
        cookie = cookie.__index__()
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._buffer.seek(cookie)
        self._reset_read()
        if self._encoder is not None:
            self._encoder.reset() if cookie == 0 else self._encoder.setstate(0)
        return cookie

    def _reset_read(self):
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        if self._decoder is not None and (encoding is not None or errors is not None or newline is not Ellipsis) and self._decoded:
            raise UnsupportedOperation("It is not possible to set the encoding or newline of stream after the first read")
        self.flush()
        if encoding is not None:
            self._encoding = _locale_encoding() if encoding == "locale" else encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._configure_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            self._make_codecs()

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__qualname__}' instances")


_posix_linesep = "\n"
