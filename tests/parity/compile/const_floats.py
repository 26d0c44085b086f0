# Float constants: ordinary, exponents, infinity by overflow, -0.0 distinct from 0.0
a = 1.5
b = 1e300
c = 1e400
d = -1e400
e = 0.0
f = -0.0
g = 1e-320
h = 3.141592653589793
