s = 'héllo wörld'
b = s.encode()
print(b, b.decode(), s.encode('latin-1'), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'), s.encode('utf-16-le')[:6])
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xe9'.decode('latin-1'))
