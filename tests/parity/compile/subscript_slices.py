# Two-part slices use BINARY_SLICE/STORE_SLICE; three-part ones build a slice object
a = s[1:2]
b = s[:]
c = s[x:]
d = s[:y]
e = s[1:2:3]
f = s[::2]
s[1:2] = t
s[::2] = t
del s[1:2]
del s[::-1]
