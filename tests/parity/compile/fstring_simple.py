# f-strings: FORMAT_SIMPLE and BUILD_STRING
def f(name, n):
    return f"Hello {name}, you have {n} items"
