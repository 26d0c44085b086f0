class NoEq:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

class Both(EqOnly):
    def __hash__(self):
        return hash(self.v)

print(NoEq.__hash__ is object.__hash__)
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError:', e)
print(hash(Both(5)) == hash(5), len({Both(1), Both(1), Both(2)}))
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
