# A method does not see class-level names: it loads them as globals
class C:
    attr = 1
    def m(self):
        return attr
