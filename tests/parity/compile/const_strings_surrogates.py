# Lone surrogate escapes are valid str constants (marshal and dump must preserve them)
a = "\ud800"
b = "\udfff"
c = "x\ud83dy"
d = "\ud83d\ude00"
