# A generator expression inside an inlined list comprehension captures the comprehension variable
def f(rows):
    return [sum(c for c in row) for row in rows]
