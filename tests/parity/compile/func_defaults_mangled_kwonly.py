# Keyword-only parameter names are mangled inside a class when building kwdefaults
class C:
    def m(self, *, __key=1):
        return __key
