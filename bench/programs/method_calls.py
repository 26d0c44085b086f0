# Instances of a Python class: method calls, attribute loads and stores, a property.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1
        return self.pos.norm2


def simulate(n):
    ps = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(10)]
    total = 0
    for _ in range(n):
        for p in ps:
            total += p.step() & 0xFFFF
    return total

print(simulate(90000))
