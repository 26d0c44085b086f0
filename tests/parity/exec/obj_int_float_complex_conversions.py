class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 9

n = N()
print(int(n), float(n), complex(n), round(2.5), [0] * 2)
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(e)
