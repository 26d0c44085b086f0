class C:
    def __exit__(self, t, v, tb):
        print(t.__name__, v, tb is not None, type(tb).__name__)
        return False
    def __enter__(self):
        return self
try:
    with C():
        [][1]
except IndexError as e:
    print('out', e)
