print(repr(b"it's"), repr(b'"'), repr(b'\'"'), repr(b'\t\n\r\x7f\x80'), repr(bytes(range(30, 40))))
print(str(b'a'), bytes.__name__, b''.hex(), b'\x01\x02'.hex(':'))
