# 'while True' / 'while 1' have no test; only break leaves the loop
def f():
    while True:
        if g():
            break
    while 1:
        return 1
