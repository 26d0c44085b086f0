z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * 1j, z / 2)
print(complex(1), complex(1, 2), complex('1+2j'), complex('-3j'), 1j ** 2, (1 + 1j) ** 2)
print(repr(complex(0, 0)), repr(-0j), complex(-0.0, -0.0), 1e300j * 1e10)
print(z == 3 + 4j, z != 3, 0j == 0, hash(2 + 0j) == hash(2))
try:
    z < z
except TypeError as e:
    print(e)
try:
    (1 + 0j) // 1
except TypeError as e:
    print(e)
