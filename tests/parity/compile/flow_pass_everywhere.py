# pass in every block kind: NOPs kept only where needed for line numbers
def f(x):
    if x:
        pass
    else:
        pass
    while x:
        pass
    for i in x:
        pass
    try:
        pass
    except:
        pass
    with x:
        pass
