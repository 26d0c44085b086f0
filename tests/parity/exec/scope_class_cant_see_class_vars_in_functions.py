class C:
    x = 1
    def f(self):
        try:
            return x
        except NameError as e:
            return str(e)
    g = [x] + [1 for _ in range(1)]
print(C().f(), C.g)
