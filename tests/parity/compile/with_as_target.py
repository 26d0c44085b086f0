# with ... as NAME, as tuple, as attribute, as subscript
def f(obj, d):
    with ctx() as c:
        g(c)
    with ctx() as (a, b):
        pass
    with ctx() as obj.attr:
        pass
    with ctx() as d[0]:
        pass
