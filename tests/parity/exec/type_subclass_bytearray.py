# Python subclasses of bytearray: mutation, operators, overridden dunders, __init__ chaining
class B(bytearray):
    def hexed(self): return self.hex()
b = B(b"abc")
print(type(b).__name__, b, repr(b), b.hexed(), b == b"abc", b == bytearray(b"abc"), len(b), b[0], b[1:], type(b[1:]).__name__)
b.append(100); b += b"e"; print(b, type(b).__name__); b.extend([102]); del b[0]; print(b)
b.x = 1; print(b.x, b.__dict__, isinstance(b, bytearray), B.__mro__)
print(b + b"!", type(b + b"!").__name__, b * 2, type(b * 2).__name__, b"z" + b, bytes(b), list(b), b"c" in b, 99 in b)
print(B(3), B(), B([1, 2]), B("xy", "ascii"), b.decode(), b.upper(), type(b.upper()).__name__, b.copy(), type(b.copy()).__name__)
class R(bytearray):
    def __repr__(self): return "R!"
    def __eq__(self, o): return "eq"
    def __len__(self): return 42
    def __getitem__(self, i): return "item"
r = R(b"q")
print(repr(r), r == 1, len(r), r[0], bytes(r), str(r))
try: hash(b)
except TypeError as e: print(e)
class S(bytearray):
    def __init__(self, v, tag): super().__init__(v); self.tag = tag
s = S(b"hi", "t"); print(s, s.tag)
print(memoryview(b).tobytes(), b.startswith(b"b"), b.split(b"d"), sorted(b), b.find(b"d"), b.translate(None, b"b"))
print(b"%s" % b, "%r" % (b,), f"{b!r}")
class T(bytes): pass
print(B(T(b"x")), T(B(b"y")), b"".join([B(b"a"), T(b"b")]))
