# A class body reading an enclosing function's local: LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF
def make():
    value = 42
    class C:
        x = value
        def get(self):
            return value
    return C
