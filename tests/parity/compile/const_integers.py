# Integer constants: small, negative (folded unary minus), big (arbitrary precision), other bases
a = 0
b = 255
c = -1
d = 2 ** 62
e = 123456789012345678901234567890123456789
f = -98765432109876543210987654321
g = 0xFFFF_FFFF_FFFF_FFFF_FFFF
h = 0o777
i = 0b1010_1010
