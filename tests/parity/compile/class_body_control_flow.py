# Statements of every kind in a class body (if, for, try, with) use name operations
class C:
    if flag:
        a = 1
    else:
        a = 2
    for i in range(3):
        pass
    try:
        import missing
    except ImportError:
        missing = None
    with ctx() as handle:
        b = handle
