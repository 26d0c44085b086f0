# A type alias referring to itself (the value is lazily evaluated)
type Tree = int | list[Tree]
