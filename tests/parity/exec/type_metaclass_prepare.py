class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 123}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

class A(metaclass=OrderedMeta, debug=True):
    b = 2
    a = 1
    print('body sees', injected)

print([k for k in A.__dict__ if not k.startswith('__')])
