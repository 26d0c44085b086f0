class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
p.z = 5
print(sorted(p.__dict__.items()))
del p.x
print(hasattr(p, 'x'), getattr(p, 'x', 'missing'))
