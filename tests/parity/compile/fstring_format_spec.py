# Format specs: FORMAT_WITH_SPEC with a constant spec
def f(x, y):
    return f"{x:>10} {y:.2f} {x!r:^20}"
