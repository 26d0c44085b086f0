# Constant expression statements at module level and in loops
1
(1, 2)
while x:
    3
    x = g()
