x.def = 1
