# deque * n, n * deque and deque *= n (a maxlen keeps the last items; huge n with a maxlen), and
# CPython's message for a non-int count.
import collections
d = collections.deque([1, 2], 3); print(d * 2, 2 * d, d * 0, d * -1, d * True, d)
e = collections.deque([1, 2, 3]); e *= 2; print(e)
f = collections.deque([1, 2], 3); f *= 2; print(f)
f = collections.deque([1, 2], 3); f *= 10**18; print(f)
g = collections.deque([1, 2]); g *= 0; print(g)
h = collections.deque(); h *= 5; print(h)
for bad in ('x', 2.0, None):
    try:
        d * bad
    except TypeError as ex:
        print(ex)
    try:
        d *= bad
    except TypeError as ex:
        print(ex)
