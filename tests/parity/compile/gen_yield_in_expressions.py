# yield inside expressions: arguments, subscripts, comparisons
def gen(d):
    d[(yield)] = (yield 1) + (yield 2)
    f((yield), x=(yield 3))
