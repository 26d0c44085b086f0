class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): pass

print(A.added, type(A).__name__)
class B(A):
    pass
print(type(B).__name__)
