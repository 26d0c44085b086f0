# A method referring to a name the module binds gets LOAD_GLOBAL even in a nested class
X = 1

class Outer:
    class Inner:
        def m(self):
            return X
