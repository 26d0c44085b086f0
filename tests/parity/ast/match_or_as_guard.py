match x:
    case 1 | 2 | 3:
        pass
    case [1, 2] | (3, 4):
        pass
    case (1 | 2) as y:
        pass
    case 1 | 2 as y:
        pass
    case [a, b] as pair if a > b:
        pass
    case _ as anything:
        pass
    case (a as b) | (a as b):
        pass
    case [a as b, *c] if (d := c):
        pass
    case {"k": (1 | 2) as v}:
        pass
    case Point(x=0 as z):
        pass
    case y if y > 0:
        pass
    case _ if True:
        pass
    case (((1))):
        pass
    case ((1 | 2) | 3):
        pass
