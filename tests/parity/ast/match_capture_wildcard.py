match x:
    case y:
        pass
match x:
    case _:
        pass
match x:
    case (y):
        pass
match x:
    case (_):
        pass
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case [_, _, *_]:
        pass
match x:
    case match:
        pass
match x:
    case case:
        pass
