match[a]
match[a]: int
match(a)
match(a).b = 1
match [a]:
    case _: pass
match (a):
    case _: pass
match -a:
    case _: pass
match {a}:
    case _: pass
match a:
    case _: pass
match = {"case": 1}
match["case"]
case = 1
case[0]
type(match)
type[int]
type X = match
match a, b:
    case _: pass
match.case = case.match
match *a,:
    case _: pass
