# Instructions with no line (artificial cleanup in handlers, with exits): the location table's NO_LOCATION form
def f():
    try:
        g()
    except E as e:
        h()
    with cm:
        pass
