# Dict comprehensions are inlined (BUILD_MAP 0 + MAP_ADD), key evaluated before value
def f(items):
    return {k: v for k, v in items}
