class C:
    base = 10
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    try:
        bad = list(v + base for v in vals)
    except NameError as e:
        err = str(e)
print(C.total, C.err)
