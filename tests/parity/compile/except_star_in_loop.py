# except* inside a loop (break/continue outside the handler body)
def f(items):
    for x in items:
        try:
            g(x)
        except* ValueError:
            pass
        if x:
            break
