class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) >= Version(1))
