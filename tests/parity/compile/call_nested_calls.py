# Nested calls as arguments, and a call on a subscript and on a call result
result = outer(inner(1), middle(inner(2), x=inner(3)))
table[key](arg)
factory()(1)
