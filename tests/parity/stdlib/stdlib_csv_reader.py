# csv.reader (the Java _csv reader): quoting, escapes, newlines inside quoted fields, strict
# mode's errors, skipinitialspace, QUOTE_NONNUMERIC/STRINGS/NOTNULL conversions, line_num,
# field_size_limit, input that is not str; and an uncaught _csv.Error's traceback at the end.
import csv
import io
import _csv


def rd(lines, **kw):
    r = None
    try:
        r = csv.reader(lines, **kw)
        out = []
        for row in r:
            out.append((r.line_num, row))
        print(repr(lines)[:70], kw, out)
    except Exception as e:
        print(repr(lines)[:70], kw, "!!", type(e).__name__, e, "line_num", r.line_num if r is not None else None)


rd(["a,b,c\r\n", "1,2,3\r\n"])
rd(["a,b,c\n", "1,2,3\n"])
rd(["a,b,c\r", "1,2,3\r"])
rd(['a,"b\r\n', 'c",d\r\n'])
rd(['a,"b\n', "\n", 'c",d\n'])
rd(['a,"b""c",d'])
rd(['a,"b"c",d'])
rd(['a,"b"c",d'], strict=True)
rd(['"a" b'], strict=True)
rd(['"a"b'], delimiter=";", strict=True)
rd(['a,"bc'], strict=True)
rd(['a,"bc'])
rd(['a,"bc\n'])
rd(["a,b\nc"])
rd(["a,b\rc"])
rd(["a\\,b,c"], escapechar="\\")
rd(["a\\", "b"], escapechar="\\")
rd(["a\\\r\n", "b"], escapechar="\\")
rd(["a\\\n", "b\n"], escapechar="\\")
rd(["a\\"], escapechar="\\")
rd(["a\\"], escapechar="\\", strict=True)
rd(['"a\\"b",c'], escapechar="\\", doublequote=False)
rd(['"a\\', 'b"'], escapechar="\\")
rd(['"a"b"c",d'], doublequote=False)
rd(['"a""b"'], doublequote=False)
rd(['\\"a,b'], escapechar="\\")
rd(['"a\\\\b"'], escapechar="\\")
rd(['a, b,  "c"'], skipinitialspace=True)
rd(['a, b,  "c"'])
rd(["a,  ,b"], skipinitialspace=True)
rd(["a; b ;c"], delimiter=";", skipinitialspace=True)
rd(["a;b;c"], delimiter=";")
rd(["'a;b';c"], delimiter=";", quotechar="'")
rd(['"a",b'], quoting=csv.QUOTE_NONE)
rd(['"a,b"'], quoting=csv.QUOTE_NONE, escapechar="\\")
rd(['a\\,b'], quoting=csv.QUOTE_NONE, escapechar="\\")
rd(['1,2.5,"x", 3,-4e3, nan,"7"'], quoting=csv.QUOTE_NONNUMERIC)
rd(["1,abc"], quoting=csv.QUOTE_NONNUMERIC)
rd(["1,,2"], quoting=csv.QUOTE_NONNUMERIC)
rd(['1,,"",2.5,"x"'], quoting=csv.QUOTE_STRINGS)
rd(['a,,"",1,"2"'], quoting=csv.QUOTE_STRINGS)
rd(['a,,"",1,"2"'], quoting=csv.QUOTE_NOTNULL)
rd([",", '""', "", " 1"], quoting=csv.QUOTE_NOTNULL)
rd([",", '""', "", " 1", "1 "], quoting=csv.QUOTE_STRINGS)
rd(['a,,"",1,"2"'], quoting=csv.QUOTE_ALL)
rd(["", "a", "", "b"])
rd([1])
rd(["a", b"a,b"])
rd(["a\0b,c"])
rd(["\u00e4,\u20ac,\U0001f600,\"x\U0001f600y\""])
rd(["\u00e4\u20ac\u00e4"], delimiter="\u20ac")
rd(["x\U0001f600y\U0001f600z"], delimiter="\U0001f600")
rd(["\U0001f600a,b\U0001f600"], quotechar="\U0001f600")
rd(["a\tb"], dialect="excel-tab")
rd(['"a""b"'], dialect="unix")
rd(["a|b"], delimiter="|", quotechar=None)
rd(['a|"b|c"'], delimiter="|", quotechar=None)
rd(["a b  c"], delimiter=" ", skipinitialspace=True)
rd(['"\n"'])
rd(["a\r\n\r\n"])
rd(["\r\n", "a"])
rd(["a,", ","])
rd(['a,"b"  ,c'])
rd(["a,b"], dialect="nosuch")
rd(["a,b"], delimiter="")
rd(["a,b"], foo=1)

csv.field_size_limit(5)
rd(["abcdef"])
rd(["abcde"])
rd(['"abcdef"'])
rd(['"ab""cd"'])
rd(['"ab""cde"'])
csv.field_size_limit(131072)

# files, iterators, line_num, dialect, exhaustion
f = io.StringIO('a,b\r\n"c\r\nd",e\r\n')
r = csv.reader(f)
print(iter(r) is r, type(r).__name__, r.dialect.delimiter, r.line_num)
print(next(r), r.line_num, next(r), r.line_num)
for _ in range(2):
    try:
        next(r)
    except StopIteration:
        print("stop", r.line_num)
print(list(csv.reader(io.StringIO("x,y\n1,2\n", newline=""))))
print(list(csv.reader(io.StringIO("x,\"y\r\nz\"\r\n", newline=""))))
print(list(csv.reader(open(__file__, encoding="utf-8")))[:2])


def lines():
    yield "a,b"
    yield '"c'
    raise KeyError("from the input")


r = csv.reader(lines())
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e, r.line_num)
r = csv.reader(["a,b"], delimiter=";", quoting=csv.QUOTE_NONE)
print(r.dialect.delimiter, r.dialect.quoting, r.dialect.quotechar)
for attr in ("line_num", "dialect"):
    try:
        setattr(r, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    _csv.Reader()
except TypeError as e:
    print("TypeError", e)
try:
    csv.reader()
except TypeError as e:
    print("TypeError", e)
try:
    csv.reader(5)
except TypeError as e:
    print("TypeError", e)
try:
    class R(_csv.Reader):
        pass
    print("subclass", R.__mro__)
    R()
except TypeError as e:
    print("TypeError", e)

list(csv.reader(['ok', '"a"b'], strict=True))
