# io.IncrementalNewlineDecoder (the Java one) alone and under TextIOWrapper: pending \r across
# calls, translation, the newlines seen, getstate/setstate/reset; and tell()/seek() cookies
# when small chunks split multi-byte characters and \r\n pairs (the decoder holds bytes back,
# so the cookies carry decoder flags, bytes to feed and characters to skip)
import codecs
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines)
d.reset()
print(d.getstate(), d.newlines, repr(d.decode("x\ry\n")), d.newlines)
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), False)
print(repr(d.decode(b"\xc3")), d.getstate(), repr(d.decode(b"\xa9\r\n\r")), d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode(b"x")), d.newlines)
d = io.IncrementalNewlineDecoder(decoder=None, translate=False, errors="strict")
for piece in ["a\r", "\n", "b\r", "", "c\n"]:
    print(repr(d.decode(piece)), end=" ")
print(repr(d.decode("", final=True)), d.newlines)
t(lambda: d.decode(b"bytes"))
t(lambda: d.setstate(5))
t(lambda: io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode(""))
t(lambda: io.IncrementalNewlineDecoder())
print(type(d).__module__, type(d).__qualname__, sorted(k for k in vars(type(d)) if not k.startswith("__")))

TEXT = "héllo\r\nwörld\rthe € sign\n😀 end\r\n" * 7
DATA = TEXT.encode("utf-8")
for newline in [None, "", "\n", "\r", "\r\n"]:
    for chunk in [1, 3, 5, 64]:
        f = io.TextIOWrapper(io.BytesIO(DATA), encoding="utf-8", newline=newline)
        f._CHUNK_SIZE = chunk
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
            pos = f.tell()
            marks.append((pos, f.read(2)))
        again = []
        for pos, text in marks:
            f.seek(pos)
            again.append(f.read(len(text)) == text)
        print(repr(newline), chunk, len(marks), all(again), f.newlines, [p for p, _ in marks][:6], max(p for p, _ in marks) > 2**64)
f = io.TextIOWrapper(io.BytesIO(DATA), encoding="utf-8")
for line in f:
    pass
print(f.tell())
f.seek(0)
next(f)
t(f.tell)
