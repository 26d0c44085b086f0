x = f"\w{y}"
def f(:
    pass
