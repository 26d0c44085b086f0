# A sole generator-expression argument without extra parentheses
total = sum(x * x for x in data)
any(y for y in data if y)
