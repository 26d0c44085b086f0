def f():
    return super().x

try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
