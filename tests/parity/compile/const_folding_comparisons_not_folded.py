# Comparisons of constants are not folded; boolean operators of constants are not either
a = 1 < 2
b = "a" == "a"
c = 1 and 2
d = None or 0
