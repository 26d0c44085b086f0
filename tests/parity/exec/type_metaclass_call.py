class Counted(type):
    def __call__(cls, *args, **kw):
        cls.instances = getattr(cls, 'instances', 0) + 1
        print('creating', cls.__name__, args)
        return super().__call__(*args, **kw)

class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name

w1 = Widget('a')
w2 = Widget('b')
print(Widget.instances, w2.name)
