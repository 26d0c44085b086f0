class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]

d = Default(a=1)
print(d['a'], d['hello'], d)
print(d.get('zz'), 'zz' in d)
