# Subscripting a folded constant, and a folded tuple used as a default
a = ("a" + "b")[1]
def f(x=(1, 2) * 2):
    return x
