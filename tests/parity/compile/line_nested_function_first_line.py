# co_firstlineno of nested functions, lambdas and comprehensions inside them
def outer():

    def inner():
        return [x
                for x in range(3)]

    return lambda: (
        inner)
