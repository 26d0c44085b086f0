import _impev_circ_a
B = 'b'
