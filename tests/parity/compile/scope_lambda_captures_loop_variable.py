# A lambda capturing the loop variable makes it a cell for the whole function
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
