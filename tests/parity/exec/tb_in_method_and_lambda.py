class Calc:
    def apply(self, fn, v):
        return fn(v)

c = Calc()
print(c.apply(lambda x: x * 2, 4))
print(c.apply(lambda x: x[5], [1]))
