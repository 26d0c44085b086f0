# Tuple multiplication folding and its size limit
a = (1, 2) * 3
b = (1,) * 256
c = (1,) * 257
d = () * 10
