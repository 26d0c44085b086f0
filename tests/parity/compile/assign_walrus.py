# Assignment expressions in several contexts: COPY + STORE
def f(data):
    if (n := len(data)) > 3:
        return n
    print(m := 1, (k := 2))
    return [y := 5, y ** 2]
