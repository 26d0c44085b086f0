class Ctx:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
def g():
    with Ctx():
        try:
            yield 1
            yield 2
        finally:
            print('finally')
it = g()
print(next(it))
print(next(it))
print(next(it, 'end'))
it = g()
next(it)
it.close()
