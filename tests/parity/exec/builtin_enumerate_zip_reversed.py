seasons = ['spring', 'summer', 'fall']
print(list(enumerate(seasons)), list(enumerate(seasons, start=1)))
print(dict(zip(range(3), seasons)), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(reversed(seasons)), list(reversed(range(1, 10, 3))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
