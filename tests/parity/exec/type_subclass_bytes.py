# Subclasses of bytes: methods, attributes, __new__, repr/hash/== as the base, classmethods returning the subclass.
class B(bytes):
    def shout(self):
        return self.upper()
class D(B):
    def __repr__(self):
        return "D!"
b = B(b"abc")
print(b, type(b).__name__, b.shout(), type(b.shout()).__name__, b == b"abc", hash(b) == hash(b"abc"), len(b), b[0], b[1:])
print(isinstance(b, bytes), B.__mro__, D(b"x"), repr(D(b"x")), b + b"d", type(b + b"d").__name__)
b.attr = 5
print(b.attr, vars(b))
class E(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b"x" * n)
print(E(3), type(E(3)).__name__)
print(bytes.fromhex("41"), B.fromhex("42"), type(B.fromhex("42")).__name__)
