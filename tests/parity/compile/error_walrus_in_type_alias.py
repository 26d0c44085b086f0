# Symtable error: named expression cannot be used within a type alias
type A = (x := int)
