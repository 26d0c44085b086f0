# A return inside try/finally inside a loop: the finally body appears twice, with separate table entries
def f(items):
    for x in items:
        try:
            if x:
                return x
        finally:
            g()
