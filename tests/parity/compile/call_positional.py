# Calls with positional arguments: PUSH_NULL + CALL for globals, locals and expressions
def f(g):
    g()
    g(1)
    g(1, 2, 3)
    print(g, len(g))
    (lambda: 0)()
    g(1)(2)(3)
