# Compiler error: non-default ParamSpec follows a default type parameter
type A[T = int, **P] = T
