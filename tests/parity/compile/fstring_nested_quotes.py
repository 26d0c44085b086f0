# PEP 701: nested f-strings reusing the same quotes
def f(items):
    return f"{', '.join(f"{k}={v}" for k, v in items)}"
