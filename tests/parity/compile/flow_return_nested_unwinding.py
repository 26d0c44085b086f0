# return from deep inside for/try/with/except nesting unwinds every block
def f(items):
    for x in items:
        with ctx():
            try:
                try:
                    return x
                finally:
                    a()
            except E:
                return None
