# A function that calls itself forever: RecursionError and CPython's traceback, with the
# "[Previous line repeated N more times]" line; exit status 1.
def down(n):
    return down(n + 1)

down(0)
