# A class statement: LOAD_BUILD_CLASS, the class body code object with __module__/__qualname__
class C:
    x = 1
    def m(self):
        return self.x
