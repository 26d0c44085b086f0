# Self-documenting expressions: '=' adds the source text and defaults to repr
def f(x, y):
    return f"{x=} {y = :>5} {x+y=!s}"
