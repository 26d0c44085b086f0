class A:
    _n = 3
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls._n

sm = A.__dict__['s']
cm = A.__dict__['c']
print(sm.__func__(), cm.__func__(A), cm.__get__(None, A)())
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))
print(callable(sm))
