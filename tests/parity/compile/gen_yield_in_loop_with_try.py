# yield inside try/except inside a loop
def gen(items):
    for x in items:
        try:
            yield x
        except GeneratorExit:
            return
