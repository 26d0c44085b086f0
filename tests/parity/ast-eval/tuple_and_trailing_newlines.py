a, b, *c,


