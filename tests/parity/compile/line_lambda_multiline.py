# A lambda whose body spans lines
f = lambda x: (
    x
    + 1
)
