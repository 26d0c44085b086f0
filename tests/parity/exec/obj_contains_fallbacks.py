class WithContains:
    def __contains__(self, x):
        print('contains', x)
        return x == 1

class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem())
