# __firstlineno__ in the class body, with decorators shifting the first line
@deco

class C:
    pass
