# raise and bare raise inside except* handlers
def f():
    try:
        g()
    except* ValueError:
        raise
    except* TypeError as e:
        raise RuntimeError from e
