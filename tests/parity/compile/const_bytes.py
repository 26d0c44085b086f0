# Bytes constants: empty, ASCII, escapes, high bytes, raw bytes
a = b""
b = b"abc"
c = b"\x00\xff\x80"
d = rb"\n raw"
e = b"line\nbreak"
