from _helper_circ_x import X
Y = 2
