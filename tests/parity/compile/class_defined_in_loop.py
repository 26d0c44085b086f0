# A class statement inside a loop inside a function
def f(names):
    out = []
    for n in names:
        class K:
            name = n
        out.append(K)
    return out
