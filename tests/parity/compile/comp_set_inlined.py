# Set comprehensions are inlined (BUILD_SET 0 + SET_ADD)
def f(items):
    return {x % 3 for x in items}
