# A ray tracer: vector objects with operator methods, spheres and a plane, diffuse and
# specular shading with shadows and one reflection, rendered into a small grey image.
N = 8
SMOKE_N = 1


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = self.dot(self) ** 0.5
        return Vec(self.x / length, self.y / length, self.z / length)


class Sphere:
    def __init__(self, center, radius, shade, mirror):
        self.center = center
        self.r2 = radius * radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, y, shade):
        self.y = y
        self.shade = shade
        self.mirror = 0.0

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.9, 0.3),
    Sphere(Vec(-2.0, 0.6, 6.0), 0.6, 0.7, 0.0),
    Sphere(Vec(1.8, 0.5, 4.0), 0.5, 0.5, 0.6),
    Plane(-0.0, 0.6),
]
LIGHT = Vec(-3.0, 5.0, 0.0)


def closest(origin, direction):
    best = None
    best_t = 1e30
    for obj in SCENE:
        t = obj.hit(origin, direction)
        if t is not None and t < best_t:
            best, best_t = obj, t
    return best, best_t


def trace(origin, direction, depth):
    obj, t = closest(origin, direction)
    if obj is None:
        return 0.1
    p = origin + direction * t
    n = obj.normal(p)
    to_light = (LIGHT - p).norm()
    shadow, _ = closest(p, to_light)
    diffuse = 0.0 if shadow is not None else max(0.0, n.dot(to_light))
    colour = obj.shade * (0.15 + 0.85 * diffuse)
    if obj.mirror and depth < 2:
        r = direction - n * (2 * direction.dot(n))
        colour = colour * (1 - obj.mirror) + obj.mirror * trace(p, r, depth + 1)
    return colour


def render(width, height):
    eye = Vec(0.0, 1.2, 0.0)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            d = Vec((i - width / 2) / width, (height / 2 - j) / height, 1.0).norm()
            row.append(int(trace(eye, d, 0) * 255))
        rows.append(row)
    return rows


def main(n):
    total = 0
    for _ in range(n):
        image = render(64, 48)
        total = sum(sum(row) for row in image)
        total = total * 31 + image[24][32]
    return total


if __name__ == "__main__":
    print(main(N))
