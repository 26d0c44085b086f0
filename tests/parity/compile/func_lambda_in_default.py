# A lambda used as a default argument value
def f(key=lambda v: v):
    return key
