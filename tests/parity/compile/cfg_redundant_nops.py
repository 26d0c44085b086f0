# Expression statements of constants leave NOPs only when they carry a line number of their own
def f():
    1
    "string"
    None
    ...
    return 2
