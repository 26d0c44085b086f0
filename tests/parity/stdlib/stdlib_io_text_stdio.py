# sys.stdin, sys.stdout and sys.stderr are TextIOWrapper stacks over FileIO on descriptors 0-2,
# as CPython's create_stdio builds them: their reprs, names, modes, descriptors, encodings,
# stderr's backslashreplace, the raw FileIO underneath, writes through sys.stdout.buffer,
# reconfigure(), and reading the (empty) standard input with input() and read()
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    raw = s.buffer
    while hasattr(raw, "raw"):
        raw = raw.raw
    print(repr(s), s.name, s.mode, s.encoding, s.fileno(), s.isatty(), s.readable(), s.writable())
    print("  ", type(s).__module__, isinstance(s, io.TextIOWrapper), repr(raw), raw.closefd, s.closed, s.newlines)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stderr.errors, sys.stdin.buffer.name, repr(sys.stdin.buffer))
print(sys.stdout.write("written\n"), sys.stdout.write(""))
print("to stderr: \udcff é", file=sys.stderr)
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
sys.stdout.reconfigure(errors="replace")
print("lone \udcff replaced", sys.stdout.errors)
sys.stdout.reconfigure(errors="strict")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(sys.stdout.closed, sys.stdout.seekable(), sys.stderr.seekable())
try:
    sys.stdout.tell()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__, e)
