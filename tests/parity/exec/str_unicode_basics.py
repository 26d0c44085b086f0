s = 'naïve café 日本語 🐍'
print(len(s), s[6], s[-1], s.upper(), s.encode('utf-8'), len(s.encode('utf-8')))
print(ord('€'), chr(8364), chr(0x1F40D), ord('a'), [hex(ord(c)) for c in 'é🐍'])
print('\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}', '\x41\101\u0042\U00000043')
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
