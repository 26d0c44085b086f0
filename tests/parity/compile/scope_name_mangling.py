# Private names are mangled inside class bodies and methods (attributes, locals, globals)
class Widget:
    __secret = 1
    def m(self):
        __local = self.__secret
        return __local, __glob, self.__dunder__
