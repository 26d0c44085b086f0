class A:
    'A docstring.'
    x: int = 1
    y: 'str'
    def f(self):
        'f doc'

print(A.__doc__, A.f.__doc__)
print(A.__annotations__)
def g(a: int, b: 'x' = 2) -> list:
    pass
print(g.__annotations__)
