class A:
    pass

for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'A() {op} A()') if False else None
    except TypeError:
        pass
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    1 <= 'x'
except TypeError as e:
    print(e)
try:
    [1] > (1,)
except TypeError as e:
    print(e)
print(A() == A(), A() != A())
