from _helper_circ_y import Y
X = 1
