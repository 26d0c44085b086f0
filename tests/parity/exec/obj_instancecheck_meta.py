class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        return sub is str

class Big(metaclass=Meta):
    pass

print(isinstance(5, Big), isinstance(50, Big), issubclass(str, Big), issubclass(int, Big))
