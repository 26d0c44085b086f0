# Default values in methods referring to class-level names (evaluated in the class body)
class C:
    LIMIT = 10
    def m(self, n=LIMIT, *, key=LIMIT * 2):
        return n, key
