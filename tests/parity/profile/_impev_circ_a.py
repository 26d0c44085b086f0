# a circular import: _impev_circ_b imports this module while its body runs
import _impev_circ_b
A = 'a'
