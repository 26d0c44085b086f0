# __static_attributes__: names assigned to self.X in methods, sorted
class C:
    def __init__(self):
        self.b = 1
        self.a = 2
        self.a.nested = 3
    def m(self):
        self.c, self.d = 1, 2
        self.e += 1
        other.f = 5
