import _helper_circ_attr_a
B = _helper_circ_attr_a.A
