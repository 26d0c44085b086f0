# pyjama's _io, the part still written in Python: the helpers of _io_buffered.py and _io_text.py
# (CPython's Modules/_io/bufferedio.c and textio.c, open() of _iomodule.c). IoModule.java defines
# the Java classes first, then runs this text, _io_buffered.py and _io_text.py as the rest of the
# module _io; their frames are hidden from tracebacks, as C functions leave none.

import posix as _posix
import codecs as _codecs
import errno as _errno
import sys as _sys

# Defined in Java before this runs (IoModule): DEFAULT_BUFFER_SIZE, BlockingIOError,
# UnsupportedOperation, _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, StringIO,
# BytesIO.


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

