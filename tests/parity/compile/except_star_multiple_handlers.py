# Several except* handlers with names and tuples
def f():
    try:
        g()
    except* (KeyError, IndexError) as eg:
        a(eg)
    except* ValueError:
        b()
    except* TypeError as t:
        c(t)
