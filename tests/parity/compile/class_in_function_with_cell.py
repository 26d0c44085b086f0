# A class defined in a function that closes over a function local and uses super()
def make(base):
    class C(base):
        def m(self):
            return super().m(), base
    return C
