# 'type' statement: a lazily evaluated value in its own scope, INTRINSIC_TYPEALIAS
type Alias = int
type ListOrSet = list | set
