def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

it = g()
print(next(it))
it.close()
it.close()
print(list(it))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'nope'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
