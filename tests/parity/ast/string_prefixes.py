a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = r'raw \n'
f = R"raw \t"
g = u'unicode'
h = U"unicode"
i = b'bytes'
j = B"bytes"
k = br'raw bytes \x'
l = rb"raw bytes \d"
m = Rb'x'
n = bR'x'
o = RB"x"
p = BR"x"
q = rB'x'
r_ = Br'x'
s = f'f'
t = F"F"
u = rf'{x}\n'
v = fr"{x}\n"
w = Rf'{x}'
x_ = fR'{x}'
y = RF"{x}"
z = FR"{x}"
aa = rF'x'
bb = Fr'x'
cc = b''
dd = ''
ee = """"""
ff = r''
gg = u"""multi
line"""
hh = b"""multi
line bytes"""
ii = rb'''raw
triple'''
