# array: typed arrays, item checks with the C messages, the sequence API and byte conversions
import array, struct
print(array.typecodes, array.ArrayType is array.array)
for code in 'bBhHiIlLqQfd':
    a = array.array(code, [1, 2, 3])
    print(a, a.itemsize, a.typecode, a.tobytes(), a.tolist(), len(a), a[0], a[-1], a[1:], a[::-1])
    a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); print(a, a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a)
    a.remove(9); a.reverse(); print(a); b = array.array(code); b.frombytes(a.tobytes()); print(b == a, b)
    a.byteswap(); print(a.tobytes()[:8])
a = array.array('d', [1.5, -2.25]); print(a, a * 2, 2 * a, a + a, a < array.array('d', [2.0]), a == array.array('f', [1.5, -2.25]))
f = array.array('f', [0.1]); print(f, f[0])
w = array.array('w', 'hello'); print(w, w.tounicode(), w[1], w.tobytes()[:8]); w.fromunicode(' world'); print(w)
c = array.array('i', range(10)); c[2:5] = array.array('i', [7]); print(c); del c[::2]; print(c); c[0] = 42; del c[1]; print(c)
c += array.array('i', [1]); c *= 2; print(c, list(c), sorted(c), sum(c))
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), array.array('b', bytearray(b'\xff')), array.array('B', array.array('b', [1, 2])))
print(struct.unpack('<2i', array.array('i', [5, 6])), struct.pack_into('<h', c, 0, 1000) or c[0])
class A(array.array):
    pass
x = A('i', [1, 2]); print(x, type(x[:1]), isinstance(x, array.array))
import copy; print(copy.copy(array.array('h', [1])), copy.deepcopy(array.array('h', [2])))
for e in ['array.array("z")', 'array.array("i", [1.5])', 'array.array("b", [200])', 'array.array("b", [40000])', 'array.array("B", [-1])', 'array.array("B", [256])', 'array.array("i", "abc")', 'array.array("i", [1]) + array.array("d")', 'array.array("i").pop()', 'array.array("i",[1]).index(5)', 'array.array("i",[1]).remove(5)', 'array.array("h", [2**15])', 'array.array("H", [-1])', 'array.array("H", [2**31])', 'array.array("I", [-1])', 'array.array("I", [2**32])', 'array.array("L", [2**64])', 'array.array("l", [2**63])', 'array.array("i").frombytes(b"abc")', 'array.array("i", [1])[5]', 'array.array("i", ["x"])', 'array.array("f", ["x"])', 'array.array("w", [1])', 'array.array("w", ["ab"])', 'array.array("i", [1]) < array.array("i", [2])', 'array.array("i", [1]) == array.array("d", [1.0])', 'array.array()', 'array.array(1)', 'array.array("ii")', 'hash(array.array("i"))', 'array.array("q", [2**63])', 'array.array("Q", [-1])', 'array.array("Q", [2**64])', 'array.array("i").fromlist(5)', 'array.array("i", [1]) + [1]', 'array.array("i", [1]) * "x"', 'array.array("i", array.array("w", "a"))', 'array.array("i").tounicode()', 'array.array("i", [1])[0:1] == [1]', 'array.array("i", [1, 2]).extend(array.array("h"))', 'array.array("i", [3]).pop(5)', 'array.array("i", typecode=1)']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '->', type(ex).__name__, ex)
