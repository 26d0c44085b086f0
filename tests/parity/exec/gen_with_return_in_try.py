def g():
    try:
        yield 1
        return 'r'
    finally:
        print('fin')

print(list(g()))
def h():
    yield from g()
    print('h continuing')
print(list(h()))
