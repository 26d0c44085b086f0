# The same constant in several code objects appears in each one's co_consts
X = "shared"

def f():
    return "shared", 1.5

def g():
    return "shared", 1.5
