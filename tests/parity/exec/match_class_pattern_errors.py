class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooFew:
    __match_args__ = ('a',)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len(x):
            pass
except TypeError as e:
    print(e)
