for v in (0, 1, 2):
    print('zero' if v == 0 else 'one' if v == 1 else 'many')
f = lambda x: x if x > 0 else -x
print(f(-3), f(3))
