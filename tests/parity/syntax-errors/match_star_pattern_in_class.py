match x:
    case Point(*a):
        pass
