# A method call with 30 or more arguments is not compiled as a method call
def f(o, v):
    return o.m(v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
               v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
