match x:
    case -1: pass
    case 1 + 2j: pass
    case -1 - 2j: pass
    case -1.5: pass
    case {-1: _, 2 + 3j: y, 'a': z, **rest}: pass
    case [-1, (1 - 1j) | -0.0, *_]: pass
    case C(-1, a=1+1j): pass
    case (-2) as q if q > -1 + 1: pass
    case a.b: pass
