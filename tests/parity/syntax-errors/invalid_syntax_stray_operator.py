# the operand of * must be an expression, not another operator
x = 1 + * 2
