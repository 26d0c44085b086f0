# A built-in type's static method (str.maketrans: CPython's METH_STATIC, whose m_self is the type)
# and class methods (dict.fromkeys, int.from_bytes): their reprs, __self__, __module__,
# __qualname__, and the labels cProfile gives them (bytes.maketrans would have the same label as
# str.maketrans, and pstats keeps only one of two entries with one label: not called here).
import cProfile, pstats

for f in (str.maketrans, bytes.maketrans, bytearray.maketrans, dict.fromkeys, int.from_bytes):
    print(repr(f).split(" at ")[0], f.__self__, f.__module__, f.__qualname__)
print("x".maketrans("x", "y"))

pr = cProfile.Profile()
pr.enable()
str.maketrans("a", "b")
"s".maketrans({"a": "b"})
dict.fromkeys("a")
int.from_bytes(b"a")
pr.disable()
for k, v in sorted(pstats.Stats(pr).stats.items(), key=lambda kv: kv[0][2]):
    print(k[2], v[0])
