match = 1
case = 2
type = 3
_ = 4
match.attr = 5
match[0] = 6
match(x)
match * 2
match - 1
match + 1
match, case = case, match
print(match, case, type, _)
def match(case, type=1, _=2): pass
def case(): pass
class type: pass
class match(case): pass
import match
import case as type
from match import case, type, _
match.case.type = 1
type = type(type)
type.x = 1
type(x)
type[0]
x = match if case else type
match -x:
    case _:
        pass
match ~x:
    case _: pass
match (x):
    case case: pass
match[x]: int = 1
match: int
type: str = "t"
_: int = 0
[match, case, type] = 1, 2, 3
for match in case: pass
with type as match: pass
lambda match, case, type: match
f(match=1, case=2, type=3)
match.case()
def f(*, match, case, type): pass
async def type(): pass
