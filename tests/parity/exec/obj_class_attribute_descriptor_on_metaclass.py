class Meta(type):
    @property
    def info(cls):
        return f'info of {cls.__name__}'
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(range(3))
    def __getitem__(cls, k):
        return f'{cls.__name__}[{k}]'
class A(metaclass=Meta):
    pass
print(A.info, len(A), list(A), A[5])
