# A triple-quoted f-string spanning lines with expressions on several lines
def f(a, b):
    return f"""
    first: {a}
    second: {
        b
    }
    """
