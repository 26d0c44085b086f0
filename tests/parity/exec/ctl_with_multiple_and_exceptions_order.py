class C:
    def __init__(self, n, fail_enter=False):
        self.n, self.fail_enter = n, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f'enter {self.n} failed')
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
try:
    with C(1) as a, C(2) as b, C(3, fail_enter=True) as c:
        print('body')
except RuntimeError as e:
    print('caught', e)
with (C(4) as d,
      C(5) as e):
    print('parenthesized', d, e)
