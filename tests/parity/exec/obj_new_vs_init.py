class Thing:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, a, b=2):
        print('init', a, b)

t = Thing(1)
print(t.made)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')

print(Other())
