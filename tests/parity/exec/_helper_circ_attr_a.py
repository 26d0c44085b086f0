import _helper_circ_attr_b
A = 1
