# A module-level comprehension whose variable shadows a module global
x = 10
squares = [x * x for x in range(4)]
print(x)
