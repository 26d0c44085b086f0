a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\x41\x7e\xff'
c = '\101\0\07\077\377'
d = '\u0041\u00e9\u4e2d'
e = '\U0001F600\U00000041'
f = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{BULLET}\N{EM DASH}'
g = b'\x00\xff\n\t\\\'\101'
h = 'line\
continued'
i = """triple \
continued"""
j = b'\0\1\2'
k = '\ud800'
l = 'é中😀'
m = "\"quoted\""
n = '\'quoted\''
o = """quote " inside"""
p = '''quote \' inside'''
q = '\N{SPACE}'
r = '\N{space}'
