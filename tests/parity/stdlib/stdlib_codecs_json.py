# codecs (the registry, the C codecs, incremental and stream codecs, error handlers) and json
import codecs
import io
import json

info = codecs.lookup("UTF-8")
print(info.name, codecs.lookup("latin_1").name, codecs.lookup("U16").name, codecs.lookup("cp1252").name)
for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252", "utf-8-sig", "unicode_escape",
            "raw_unicode_escape", "cp437", "mac_roman"):
    data = codecs.encode("añ€\n" if enc not in ("latin-1", "ascii", "cp437", "mac_roman") else "an\n", enc)
    print(enc, data, repr(codecs.decode(data, enc)))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.escape_encode(b"a'\n\x00\xff"), codecs.escape_decode(b"\\x41\\n\\'\\101"))
print(codecs.utf_8_decode(b"\xe2\x82"), codecs.utf_8_decode(b"\xe2\x82", "strict", True) if False else None)
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a"), codecs.charmap_decode(b"\x80", "strict", "ab" * 128))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€😀".encode()], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")), b"".join(codecs.iterencode(["a", "é"], "latin-1")))
reader = codecs.getreader("utf-8")(io.BytesIO("line1\nlíne2\n".encode()))
print(reader.readline(), reader.readlines())
w = io.BytesIO()
codecs.getwriter("utf-16-le")(w).write("hi")
print(w.getvalue())
for handler in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"):
    print(handler, codecs.lookup_error(handler).__name__, end=" ")
    try:
        print("a€\udcff".encode("ascii", handler), end=" ")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.start, e.end, end=" ")
    try:
        print(repr(b"a\xffb".decode("utf-8", handler)))
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__, e)
codecs.register_error("angle", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
print("x\u20acy".encode("latin-1", "angle"), b"x\x80\x81y".decode("ascii", "angle"))


def search(name):
    if name == "pyjama_test":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="pyjama-test")
    return None


codecs.register(search)
print(codecs.encode("abc", "pyjama-test"), codecs.decode(b"ABC", "Pyjama Test"), codecs.lookup("pyjama_test").name)
codecs.unregister(search)
for bad in [lambda: codecs.lookup("no-such-codec"), lambda: "x".encode("no-such-codec"), lambda: codecs.lookup_error("nope"),
            lambda: b"\xff".decode("utf-8"), lambda: "\u20ac".encode("ascii"), lambda: codecs.register(1),
            lambda: codecs.decode(b"\\x4", "unicode_escape"), lambda: codecs.escape_decode(b"\\x4")]:
    try:
        bad()
    except (LookupError, UnicodeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

doc = {"name": "pyjama", "tags": ["jvm", "python"], "n": 3, "pi": 3.25, "ok": True, "none": None,
       "nested": {"é": "\u2028", "list": [1, [2, [3]]]}}
text = json.dumps(doc)
print(text)
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(text) == doc, json.loads('[1, 2.5e3, "\\ud83d\\ude00", {"a": null}]'))
print(json.dumps([float("inf"), -0.0, 10**20, "tab\t"]), json.dumps({1: 2, True: 3}), json.dumps((1, 2), separators=(",", ":")))
print(json.loads("1e400"), json.loads('"\\u00e9"'), json.loads(" {\"a\" : [ ] } "))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: (d["x"], d["y"])))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads("[1.5]", parse_float=str))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
for bad in ['{"a": }', "[1, 2", '{"a" 1}', "tru", "[1,]", "", "NaN1"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"a": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
