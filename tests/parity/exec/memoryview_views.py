# memoryview (issue 5 review gap): strided views, item and slice assignment in every native format, casts, hashing, released views, arrays, equality by items
import array
m=memoryview(b'abcd').cast('@B'); print(repr(m.format))
m=memoryview(bytearray(4)).cast('@h'); m[0]=5; print(repr(m.format), m.tolist())
a=array.array('i',[1,2]); m=memoryview(a); m2=m.cast('B'); m2[0]=9; print(a, m==a, m.obj is a)
m[1] = -4; print(a, m.tolist(), m.format, m.itemsize, m.nbytes)
print(memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab') == bytearray(b'ab'))
m=memoryview(bytearray(b'abcdef')); m[1:4]=m[0:3]; print(m.obj)
m=memoryview(bytearray(b'abcdef')); m[::2]=m[1::2]; print(m.obj)
print(memoryview(b'abc')[-1], memoryview(b'abc')[True])
for f in (lambda: memoryview(b'abc')[1.0], lambda: memoryview(b'abc')[10**30], lambda: memoryview(), lambda: memoryview('x'),
          lambda: memoryview(b'abc')[3], lambda: memoryview(b'ab').tobytes('X'), lambda: memoryview(b'ab')['a']):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(memoryview(b'abc').__len__(), memoryview(b'').tolist(), memoryview(b'abc')[5:1].tobytes())
print(memoryview(object=b'a').tobytes())
m=memoryview(b'abcdef')[::2]; print(bytes(m), bytearray(m))
for f in (lambda: memoryview(bytearray(2)).__setitem__('a', 1), lambda: memoryview(bytearray(2)).__setitem__(slice(0, 1), [1]),
          lambda: memoryview(bytearray(2)).__delitem__(0), lambda: memoryview(bytearray(2)).cast('h').__setitem__(slice(0, 1), b'ab'),
          lambda: memoryview(bytearray(4))[::2].cast('h'), lambda: memoryview(bytearray(4)).cast('B', shape=[3]),
          lambda: memoryview(bytearray(4)).cast('x'), lambda: memoryview(bytearray(4)).cast('B', shape=[4]).shape,
          lambda: hash(memoryview(b'ab').cast('h')), lambda: hash(memoryview(bytearray(b'ab'))),
          lambda: hash(memoryview(b'ab')) == hash(b'ab'), lambda: hash(memoryview(bytearray(b'ab')).toreadonly()) == hash(b'ab'),
          lambda: memoryview(b'ab').cast('h').cast('i'), lambda: memoryview(b'abc').cast('h')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m=memoryview(b'ab'); m.release()
for f in (len, hash, lambda m: m[0], lambda m: m.tobytes(), lambda m: m.format, lambda m: m == m, lambda m: m.cast('B'), lambda m: m.tolist()):
    try: print(f(m))
    except Exception as e: print(type(e).__name__, e)
print(repr(m)[:20])
with memoryview(b'xy') as w: print(w.tolist())
print(repr(w)[:20])
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'a')=='a')
x=memoryview(bytearray(2)).cast('e'); x[0]=1.5; print(x.tolist())
for v in (1e10, 's'):
    try: x[0]=v
    except Exception as e: print(type(e).__name__, e)
y=memoryview(bytearray(8)).cast('Q')
for v in (-1, 2**64, 1.0, '1'):
    try: y[0]=v
    except Exception as e: print(type(e).__name__, e)
y[0]=2**64-1; print(y.tolist())
try: y[5]=1
except Exception as e: print(type(e).__name__, e)
for fmt, vals in (('b', (-128, 127, 128)), ('h', (-3, 70000)), ('i', (2**31,)), ('l', (-2**63, 2**63)), ('n', (5,)), ('N', (-1,)),
                  ('f', (1.5, 1e300, 2)), ('d', (2.25,)), ('?', (0, 'x', [])), ('c', (b'q', b'qq', 'q')), ('B', (256, -1, True))):
    z = memoryview(bytearray(8)).cast(fmt)
    for v in vals:
        try: z[0] = v; print(fmt, z[0])
        except Exception as e: print(fmt, type(e).__name__, e)
print(memoryview(b'abc')[::-1][1:].tobytes(), memoryview(b'abcdef')[::2].c_contiguous, memoryview(b'abcdef')[::2].contiguous, memoryview(b'abcdef')[::2].nbytes)
m = memoryview(b'abcdef')
print(m[::2].tobytes(), m[::-1].tobytes(), m[1::2].tolist(), len(m[::3]), m[::2].strides, m[::-1].strides, m.suboffsets, m.readonly)
print(m[1:5:2].hex(), memoryview(b'ab').hex(':'), memoryview(b'abcd').hex('-', 2))
b = bytearray(b"xyz"); r = memoryview(b).toreadonly(); b[0] = 65; print(r.tobytes(), r.readonly)
try: r[0] = 1
except TypeError as e: print("TypeError", e)
print(list(memoryview(b"ab")), 97 in memoryview(b"ab"), memoryview(b"abc").cast("c").tolist())
nan = memoryview(array.array('d', [float('nan')])); print(nan == nan, nan.tolist())
print(memoryview(array.array('h', [1, 2])) == memoryview(array.array('i', [1, 2])), memoryview(array.array('h', [1, 2])) == [1, 2])
