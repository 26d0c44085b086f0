class A:
    pass

class B:
    def __repr__(self):
        return 'B()'

class C(B):
    def __str__(self):
        return 'a C'

print(repr(B()), str(B()))
print(repr(C()), str(C()), f'{C()}', f'{C()!r}')
print(str(A()).startswith('<__main__.A object at 0x'))
print([B(), C()])
