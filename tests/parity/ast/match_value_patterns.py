match color:
    case Color.RED:
        pass
    case Color.GREEN | Color.BLUE:
        pass
    case a.b.c.d:
        pass
    case module.Enum.MEMBER if flag:
        pass
match x:
    case {Key.A: 1, Key.B: 2}:
        pass
