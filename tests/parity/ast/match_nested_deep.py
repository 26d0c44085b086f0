match data:
    case {"users": [{"name": str(name), "roles": [*_, "admin"]}, *rest]} if rest:
        pass
    case Tree(left=Tree(left=Leaf(v1), right=Leaf(v2)), right=Leaf(v3)):
        pass
    case [[[[[x]]]]]:
        pass
    case ((((x, y), z), w), v):
        pass
    case {"a": {"b": {"c": {"d": [1, {"e": Point(x=[*rest])}]}}}}:
        pass
    case A(B(C(D(E())))):
        pass
    case [A() | B() as ab, {"k": 1 | 2 | 3} as mapping, (c, d) as pair] as whole:
        pass
