# __static_attributes__ ignores assignments in nested functions and to non-first parameters
class C:
    def m(self, other):
        other.x = 1
        def inner():
            self.y = 2
        self.z: int = 3
        [self.w for self.w in range(2)]
