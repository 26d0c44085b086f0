# co_qualname of nested functions and classes includes <locals>
def outer():
    def inner():
        class K:
            def m(self):
                def deep():
                    pass
                return deep
        return K
    return inner
