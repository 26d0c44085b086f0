# invalid_expression: two expressions side by side inside brackets
x = [1, 2 3]
