match x:
    case 0:
        pass
    case 1.5:
        pass
    case -1:
        pass
    case -1.5:
        pass
    case 1j:
        pass
    case -1j:
        pass
    case 1 + 2j:
        pass
    case 1 - 2j:
        pass
    case -1 + 2j:
        pass
    case -1.5 - 0.5j:
        pass
    case "string":
        pass
    case 'a' 'b':
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case 0x10 | 0o10 | 0b10:
        pass
