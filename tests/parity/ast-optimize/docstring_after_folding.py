('module' ' doc' + 'string')
x = 1

def f():
    'a' + 'b'
    return 1

def g():
    "real docstring"
    'x' + 'y'

class C:
    ('a' * 3)
    def m(self):
        u'k' + ''

def h():
    1 + 2
    'not a docstring' + '!'
