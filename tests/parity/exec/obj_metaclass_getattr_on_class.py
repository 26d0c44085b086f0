class Meta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} (from metaclass)'
class A(metaclass=Meta):
    real = 'real'
print(A.real, A.virtual)
try:
    A().virtual
except AttributeError as e:
    print(e)
