print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
x = 'outer'
_ = [x for x in range(3)]
print(x)
