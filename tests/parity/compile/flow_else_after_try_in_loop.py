# try/except/else with a continue in the else clause
def f(items):
    for x in items:
        try:
            g(x)
        except E:
            pass
        else:
            continue
        h(x)
