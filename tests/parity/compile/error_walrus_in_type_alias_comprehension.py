# Symtable error: assignment expression within a comprehension cannot be used in a type alias
type A = [(y := 1) for _ in range(2)]
