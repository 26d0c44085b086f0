class K:
    n = 'K'
    @classmethod
    def make(cls, x):
        return cls.__name__, x
    @staticmethod
    def util(a, b):
        return a + b

class Sub(K):
    pass

print(K.make(1), Sub.make(2), Sub().make(3))
print(K.util(1, 2), K().util(3, 4))
print(type(K.__dict__['make']).__name__, type(K.__dict__['util']).__name__)
print(K.__dict__['util'](5, 6))
