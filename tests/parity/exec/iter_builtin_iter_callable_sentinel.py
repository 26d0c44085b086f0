data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
class C:
    n = 0
    def __call__(self):
        C.n += 1
        return C.n
print(list(iter(C(), 4)))
