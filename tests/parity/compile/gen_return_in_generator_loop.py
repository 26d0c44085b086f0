# A return with a value inside a loop in a generator (StopIteration value)
def gen(items):
    for x in items:
        if x is None:
            return "stopped"
        yield x
