# 'except E as e' where e is declared global: STORE_GLOBAL / DELETE_GLOBAL in the handler cleanup
def f():
    global e
    try:
        g()
    except E as e:
        pass
