# A method call whose attribute is on a later line moves the location to the attribute name
def f(obj):
    return (obj
            .first()
            .second(1)
            .third)
