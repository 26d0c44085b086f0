# Mangling strips leading underscores of the class name; a class named only '_' does not mangle
class _Private:
    def m(self):
        return self.__x

class ___:
    def m(self):
        return self.__x
