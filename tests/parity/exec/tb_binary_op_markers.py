a = 1
b = 'two'
result = (a + 10) * 2 + b
