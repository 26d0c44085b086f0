# All four clauses together
def f():
    try:
        a()
    except E1:
        b()
    except E2 as e:
        c(e)
    else:
        d()
    finally:
        e()
