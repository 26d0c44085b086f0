foo(1, 2
x = 3
y = 4
