# Abstract shapes, multiple inheritance mixins, cooperative __init__, ordering, registry via
# __init_subclass__ and __repr__/__eq__/__hash__.

class Registry:
    shapes = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Registry.shapes[kind] = cls

class Shape(Registry):
    sides = 0
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()
    def __hash__(self):
        return hash((type(self).__name__, self.key()))
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, area={self.area():.2f})'

class ColorMixin:
    def __init__(self, *args, color='black', **kw):
        super().__init__(*args, **kw)
        self.color = color
    def describe(self):
        return f'{self.color} {super().describe()}'

class Describable:
    def describe(self):
        return f'{type(self).__name__.lower()} with {self.sides} sides'

class Rect(Shape, Describable, kind='rect'):
    sides = 4
    def __init__(self, w, h, **kw):
        super().__init__(**kw)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def key(self):
        return (self.w, self.h)

class Square(Rect, kind='square'):
    def __init__(self, s, **kw):
        super().__init__(w=s, h=s, **kw)

class Circle(Shape, Describable, kind='circle'):
    PI = 3.141592653589793
    def __init__(self, r, **kw):
        super().__init__(**kw)
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
    def key(self):
        return (self.r,)
    def describe(self):
        return 'round ' + super().describe()

class ColoredSquare(ColorMixin, Square, kind='colored-square'):
    pass

shapes = [Rect(3, 4, name='r1'), Square(2, name='s1'), Circle(1.5, name='c1'),
          ColoredSquare(3, name='cs', color='red'), Square(2, name='s2')]
for s in sorted(shapes):
    print(s, f'{s.perimeter():.3f}', s.describe())
print(sorted(Registry.shapes))
print([c.__name__ for c in ColoredSquare.__mro__])
print(shapes[1] == shapes[4], shapes[1] == Rect(2, 2, name='x'), len(set(shapes)))
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
print(isinstance(shapes[3], Rect), issubclass(ColoredSquare, ColorMixin), ColoredSquare.sides)
try:
    Shape(name='abstract').area()
except NotImplementedError:
    print('Shape.area is abstract')
try:
    Registry.shapes['circle'](r=1)
except TypeError as e:
    print('TypeError:', e)
print(Registry.shapes['square'](5, name='made').area())
