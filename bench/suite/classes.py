# Class-heavy code: a shape hierarchy with properties (getters and setters), super()
# calls in __init__ and methods, class attributes, __eq__/__hash__/__lt__/__repr__,
# isinstance dispatch, classmethods and staticmethods.
N = 4
SMOKE_N = 1


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        return 0

    def describe(self):
        return "%s:%d" % (self.name, self.area)

    def __lt__(self, other):
        return (self.area, self.name) < (other.area, other.name)


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            raise ValueError("negative width")
        self._w = value

    @property
    def area(self):
        return self._w * self._h

    def scale(self, k):
        self.width = self.width * k
        self._h *= k
        return self

    def __eq__(self, other):
        return isinstance(other, Rect) and (self._w, self._h) == (other._w, other._h)

    def __hash__(self):
        return hash((self._w, self._h))

    def __repr__(self):
        return "Rect(%d, %d)" % (self._w, self._h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def describe(self):
        return "[" + super().describe() + "]"

    @classmethod
    def unit(cls):
        return cls(1)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return self.r * self.r * 3

    @staticmethod
    def from_diameter(d):
        return Circle(d // 2)


def build(count):
    shapes = []
    for i in range(count):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i % 13 + 1, i % 7 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        elif k == 2:
            shapes.append(Circle.from_diameter(i % 11 + 2))
        else:
            shapes.append(Square.unit().scale(i % 5 + 1))
    return shapes


def main(n):
    result = None
    for _ in range(n):
        Shape.count = 0
        shapes = build(12000)
        total = sum(s.area for s in shapes)
        rects = [s for s in shapes if isinstance(s, Rect)]
        distinct = len(set(rects))
        texts = [s.describe() for s in shapes[:2000]]
        ordered = sorted(shapes[:3000])
        for r in rects[:3000]:
            r.width = r.width + 1
        result = (Shape.count, total, distinct, texts[5], repr(ordered[0]), ordered[-1].describe(),
                  sum(r.area for r in rects))
    return result


if __name__ == "__main__":
    print(main(N))
