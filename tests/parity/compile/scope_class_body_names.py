# Class bodies use LOAD_NAME / STORE_NAME, and fall back to globals for unknown names
class C:
    a = 1
    b = a + 1
    c = undefined_global
    del a
