# except* with else and finally clauses
def f():
    try:
        g()
    except* ValueError as e:
        a(e)
    else:
        b()
    finally:
        c()
