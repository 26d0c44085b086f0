class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'

class Tag(str):
    def shout(self):
        return self.upper() + '!'

x = MyInt(5)
print(x, x + 1, type(x + 1).__name__, repr(x))
t = Tag('hey')
print(t.shout(), t + 'x', type(t + 'x').__name__, len(t))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-7))
