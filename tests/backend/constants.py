# Constants that compare equal in Python but are distinct in co_consts.
a = 0
b = 0.0
c = -0.0
d = False
e = 0j
f = -0j
g = complex(-0.0, 0.0)
h = (0, 0.0, -0.0, False, 0j)
i = ((1,), (1.0,), (True,))
j = 1e300 * 1e300 - 1e300 * 1e300
k = float('nan')
l = b'\x00\xff' + b''
m = 'caf\u00e9' + '\U0001f600' + '\ud800'
n = ()
o = ((), ((),))
p = frozenset({1, 2, 3})
q = x in {1, 2.0, 'three', (4,)}
r = ... , None, Ellipsis
s = 12345678901234567890123456789
t = -5, 256, 257, -6


def f():
    u = (1, 2, (3, 4))
    v = [1, 2, 3]
    w = {1, 2, 3}
    return (), ((), ()), u, v, w
