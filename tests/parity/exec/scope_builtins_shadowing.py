def f():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(f(), len([1, 2]))
list = 'oops'
print(list)
del list
print(list('ab'))
