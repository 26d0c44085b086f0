class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(3, (str, bool)))
print(issubclass(bool, int), issubclass(B, (C,)), issubclass(B, B))
try:
    isinstance(b, 3)
except TypeError as e:
    print('TypeError:', e)
