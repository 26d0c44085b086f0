# An inlined comprehension inside an except handler: its own cleanup handler entry
def f(items):
    try:
        g()
    except E:
        return [x for x in items]
