# An async generator expression is allowed in a plain function (it is not consumed there)
def f(aitems):
    return (x async for x in aitems)
