# Assignments and returns whose target and value are on different lines
def f(obj):
    obj.attribute = (
        1
    )
    result = [
        obj,
        obj,
    ]
    return \
        result
