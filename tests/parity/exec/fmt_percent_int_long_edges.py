# printf-style %d/%i/%u/%x/%X/%o of ints at the edges of a Java long and beyond, with flags,
# width and precision: the small-int fast path and the big-int path must agree.
values = [0, 1, -1, 7, -7, 255, -255, 2**31 - 1, -2**31, 2**63 - 1, -2**63, -2**63 + 1, 2**63, -2**63 - 1,
          2**64, -2**64, 10**30, -10**30, True, False]
for v in values:
    print("%d|%i|%u|%x|%X|%o" % (v, v, v, v, v, v))
    # (0x prefixes are spelt out: the fixture normaliser would take long ones for addresses)
    print(("%+d|% d|%5d|%-5d|%05d|%.3d|%#x|%#X|%#o|%#.5x" % (v, v, v, v, v, v, v, v, v, v)).replace("0x", "hex:"))
print("x%d" % 12345, "bad input at %d" % 0, "%(a)d-%(b)x" % {"a": -3, "b": -26})
print("%d %d" % (3.99, -3.99), "%x" % 3 if True else "")
class Idx:
    def __index__(self):
        return -2**63
print("%x %o %d" % (Idx(), Idx(), 2**63 - 1))
