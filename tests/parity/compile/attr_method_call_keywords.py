# Method call with keyword arguments: LOAD_ATTR method bit followed by CALL_KW
def f(obj):
    return obj.method(1, key=2, other=3)
