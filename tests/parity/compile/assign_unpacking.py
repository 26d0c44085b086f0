# Tuple and list unpacking: UNPACK_SEQUENCE, nested targets
a, b = pair
[c, d] = pair
(e, (f, g)), h = nested
i, = single
