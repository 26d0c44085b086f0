# Function annotations: a flat tuple of name/value pairs attached with SET_FUNCTION_ATTRIBUTE 4
def f(a: int, b: "str" = "", *args: tuple, c: float, **kw: dict) -> list:
    return []
