# Integer folding stops when the result would need more than 128 bits
a = 2 ** 127
b = 2 ** 128
c = 1 << 127
d = 1 << 129
e = 18446744073709551616 * 18446744073709551616
f = 18446744073709551616 * 36893488147419103232
g = (2 ** 64) ** 2
