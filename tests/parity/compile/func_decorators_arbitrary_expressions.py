# PEP 614 decorators: any expression
@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
def handler():
    pass
