class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

add3 = Adder(3)
print(add3(4), add3(1, times=10), callable(add3), callable(3))
