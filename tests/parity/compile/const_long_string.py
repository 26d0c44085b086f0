# String multiplication is folded while the result has at most 4096 characters; longer results stay BINARY_OP
a = "x" * 4096
b = "x" * 4097
c = "ab" * 2048
d = "ab" * 2049
