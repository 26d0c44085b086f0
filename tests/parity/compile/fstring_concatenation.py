# Adjacent string and f-string literals are joined into one JoinedStr
def f(x):
    return "a" f"{x}" "b" f"c{x!r}d" 'e'
