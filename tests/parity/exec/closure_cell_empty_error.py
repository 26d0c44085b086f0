def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
    return inner()
print(outer())
