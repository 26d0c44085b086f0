x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def f(self):
        return x
    items = [x for _ in range(2)]

print(A.y, A().f(), A.items)
