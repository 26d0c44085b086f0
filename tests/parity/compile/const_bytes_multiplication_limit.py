# Bytes multiplication is folded only while the result stays within the size limit
a = b"x" * 4096
b = b"x" * 4097
c = b"" * 100000
d = 3 * b"abc"
