class Meta(type):
    def describe(cls):
        return f'class {cls.__name__}'
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Foo(metaclass=Meta):
    pass

print(Foo.describe(), Foo.upper_name)
print(hasattr(Foo(), 'describe'))
