# CO_NESTED is set on functions defined inside functions and lambdas, not on methods of top-level classes
def outer():
    def inner():
        pass
    class K:
        def m(self):
            pass
    return lambda: inner

class Top:
    def m(self):
        def helper():
            pass
        return helper
