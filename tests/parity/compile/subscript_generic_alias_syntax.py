# Subscript with a starred expression (PEP 646): builds a tuple with starred unpacking
a = Array[*Shape]
b = Array[int, *Shape, str]
