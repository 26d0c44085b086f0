def init(self, v):
    self.v = v

Point = type('Point', (object,), {'__init__': init, 'double': lambda self: self.v * 2})
p = Point(21)
print(Point.__name__, p.double(), type(p).__name__)
Sub = type('Sub', (Point,), {})
print(Sub.__mro__[1].__name__, Sub(2).double())
print(type(3), type('x'), type(None))
