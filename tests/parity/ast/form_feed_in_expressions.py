x = (1 + 2)
y = [1, 2]

z = 3 # comment
