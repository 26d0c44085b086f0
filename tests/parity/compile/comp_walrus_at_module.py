# Assignment expression in a module-level comprehension binds a module name
values = [last := v for v in range(3)]
print(last)
