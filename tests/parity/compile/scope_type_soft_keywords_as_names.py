# 'type', 'match', 'case' and '_' used as ordinary names
type = 1
match = type(x)
case = match.case
_ = case
print(type, match, case, _)
