# A list comprehension nested inside a generator expression is inlined into the genexp code
def f(rows):
    return ([c for c in r] for r in rows)
