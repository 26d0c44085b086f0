# An f-string with more than 30 pieces is built with str.join on a list (LIST_APPEND), not BUILD_STRING
def f(a, b, c, d, e):
    return f"{a}-{b}-{c}-{d}-{e}-{a}-{b}-{c}-{d}-{e}-{a}-{b}-{c}-{d}-{e}-{a}-{b}-{c}-{d}-{e}"
