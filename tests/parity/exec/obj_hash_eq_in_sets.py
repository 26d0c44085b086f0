class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        print(f'eq {self.tag} {o.tag}')
        return self.k == o.k
    def __repr__(self):
        return self.tag
s = {Key(1, 'a'), Key(2, 'b')}
s.add(Key(1, 'c'))
print(len(s), sorted(s, key=lambda k: k.tag))
d = {Key(5, 'x'): 1}
print(d[Key(5, 'y')])
