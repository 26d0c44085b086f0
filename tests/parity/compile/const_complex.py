# Complex constants and their folding from real +/- imaginary literals
a = 1j
b = 1 + 2j
c = -3j
d = 1.5 - 2.5j
e = 0j
f = -(0j)
g = 1e400j
