# profile.Profile: __init__, methods, properties, class and static methods, dunder operators.
import profile
import pstats
from _clients import print_stats


class Vec:
    count = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Vec.bump()

    @classmethod
    def bump(cls):
        cls.count += 1

    @staticmethod
    def zero():
        return Vec(0, 0)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


def main():
    v = Vec.zero()
    for i in range(3):
        v = v + Vec(i, -i)
    return v.norm1, v == Vec(3, -3), Vec.count


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
