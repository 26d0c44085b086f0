# with ... as (a, *b): UNPACK_EX in the with target
def f():
    with ctx() as (first, *rest):
        return first, rest
