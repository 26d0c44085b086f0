a + b * c
a * b + c
a - b - c
a / b / c
a // b % c
a @ b @ c
a ** b ** c
-a ** b
a ** -b
(-a) ** b
~a + -b * +c
a << b + c
a >> b << c
a & b | c ^ d
a | b ^ c & d
a ^ b | c
a & b & c
a | b | c
(a + b) * (c - d)
a + b - c + d
a * b / c // d % e @ f
a << b >> c
1 + 2 * 3 ** 4 // 5 - 6 % 7
a + (b + c)
--a
-+~a
not -a
a ** b * c
a * b ** c
2 ** -1 ** 2
